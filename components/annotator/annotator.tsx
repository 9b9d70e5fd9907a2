"use client";

import { useEffect, useMemo, useState } from "react";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import { useArticle } from "@/lib/queries/use-article";
import { useCandidates } from "@/lib/queries/use-candidates";
import { AnnotatorDialogs, preloadDialogs } from "./annotator-dialogs";
import { ClaimsPane } from "./claims-pane";
import type { Dialog } from "./dialog";
import { itemsOf, reviewedClaims } from "./items";
import { marksOf } from "./marks";
import { PaneTabs } from "./pane-tabs";
import { TextPane } from "./text-pane";
import { useAnnotatorShortcuts } from "./use-annotator-shortcuts";
import { useArticleWrites } from "./use-article-writes";
import { useKeptView } from "./use-kept-view";
import { useTextPanelSync } from "./use-text-panel-sync";
import { useToastedWrites } from "./use-toasted-writes";

/**
 * The article's text and its claims and notes, for reading and, for editors,
 * marking: select words, then "New claim" or "Note". Changes show at once
 * (optimistic, through TanStack Query) and roll back with a message if the server refuses.
 */
export function Annotator({
  lng,
  initial,
  user,
}: {
  lng: Lng;
  initial: ArticleDetail;
  user: { id: string; name: string; canEdit: boolean } | null;
}) {
  const article = useArticle(initial, lng);
  const candidates = useCandidates(initial.id, lng);
  const writes = useArticleWrites(article, lng, user && { id: user.id, name: user.name });
  const { selection, setSelection, view, setView, pane, setPane } = useKeptView(initial.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canEdit = !!user?.canEdit;
  const items = useMemo(() => itemsOf(article.claims, article.annotations), [article]);
  const reviewed = useMemo(() => reviewedClaims(article.annotations), [article]);
  const sync = useTextPanelSync(items, setPane);
  const toasted = useToastedWrites(writes, sync.itemElement);
  useAnnotatorShortcuts({
    dialog,
    open: setDialog,
    view,
    setView,
    canEdit,
    selection,
    undo: toasted.undo,
    focused: sync.focused,
  });
  // an editor's forms arrive once the page is idle; a reader never loads them
  useEffect(() => {
    if (!canEdit) return;
    const idle = window.requestIdleCallback?.(preloadDialogs) ?? window.setTimeout(preloadDialogs, 1_000);
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(idle);
  }, [canEdit]);
  const saved = (message: string) => {
    setDialog(null);
    toasted.say(message);
  };

  return (
    <div className="article-layout annotator" data-pane={pane}>
      <PaneTabs pane={pane} onPane={setPane} count={items.length} />
      <TextPane
        article={article}
        marks={marksOf(view, items, candidates?.candidates ?? [])}
        canEdit={canEdit}
        selection={selection}
        onSelect={setSelection}
        onActivate={sync.showInPanel}
        onOpen={setDialog}
      />
      <ClaimsPane
        lng={lng}
        article={article}
        candidates={candidates}
        items={items}
        reviewed={reviewed}
        canEdit={canEdit}
        view={view}
        onView={setView}
        onOpen={setDialog}
        writes={toasted}
        sync={sync}
      />
      <AnnotatorDialogs
        lng={lng}
        article={article}
        dialog={dialog}
        writes={writes}
        onClose={() => setDialog(null)}
        onSaved={saved}
        onClaimSaved={(message) => {
          setDialog(null);
          setSelection(null);
          toasted.say(message);
        }}
      />
    </div>
  );
}
