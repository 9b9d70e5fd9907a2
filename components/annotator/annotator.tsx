"use client";

import { useMemo, useRef, useState } from "react";
import { CandidateQueue } from "@/components/candidates/queue";
import { useShortcuts } from "@/components/layout/use-shortcuts";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/articles/store";
import { focusAfterRemoval } from "@/lib/client/focus";
import { useSessionState } from "@/lib/client/session-state";
import { useArticle } from "@/lib/queries/use-article";
import { useCandidates } from "@/lib/queries/use-candidates";
import { ClaimForm } from "./claim-form";
import { HelpDialog } from "./help-dialog";
import { itemsOf, short, type Item } from "./items";
import { NoteForm } from "./note-form";
import { PaneTabs, type Pane } from "./pane-tabs";
import { Panel, type PanelFilters } from "./panel";
import { RelationForm } from "./relation-form";
import { TextView } from "./text-view";
import { useArticleWrites, type NoteTarget } from "./use-article-writes";

type Span = { start: number; end: number };
type Dialog =
  | { type: "claim"; claim: ArticleClaim | null; span: Span }
  | ({ type: "note" } & NoteTarget)
  | { type: "relation"; claim: ArticleClaim }
  | { type: "help" }
  | null;
type Toast = { message: string; error?: boolean; undo?: () => void } | null;

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
  const { t } = useT("annotator");
  const { t: tc } = useT("candidates");
  const { t: ta } = useT("articles");
  const article = useArticle(initial, lng);
  const candidates = useCandidates(initial.id, lng);
  const writes = useArticleWrites(article, lng, user && { id: user.id, name: user.name });
  // kept for the tab's session, so that a language switch or Back finds the article as it was left
  const kept = (name: string) => `article:${initial.id}:${name}`;
  const [selection, setSelection] = useSessionState<Span | null>(kept("selection"), null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toast, setToast] = useState<Toast>(null);
  const [filters, setFilters] = useState<PanelFilters>({ kind: "all", author: "all" });
  const [view, setView] = useSessionState<"items" | "candidates">(kept("view"), "items");
  // on a phone the text and the panel are two tabs; side by side on a wide screen
  const [pane, setPane] = useSessionState<Pane>(kept("pane"), "text");
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const candidateRefs = useRef(new Map<string, HTMLLIElement>());
  const canEdit = !!user?.canEdit;

  const items = useMemo(() => itemsOf(article.claims, article.annotations), [article]);
  const reviewed = useMemo(
    () => new Set(article.annotations.filter((n) => n.motivation === "assessing" && n.claimId).map((n) => n.claimId!)),
    [article],
  );
  const itemMarks = (shown: typeof items) =>
    shown.flatMap((i) =>
      i.start === null || i.end === null ? [] : [{ key: i.key, start: i.start, end: i.end, label: short(i.quote) }],
    );
  // the claims stay highlighted among the candidates, so that what is marked already shows
  const marks =
    view === "candidates"
      ? [
          ...itemMarks(items.filter((i) => i.type === "claim")),
          ...(candidates?.candidates ?? [])
            .filter((c) => c.status === "pending" && !c.coveredBy)
            .map((c) => ({ key: `cand-${c.id}`, start: c.start, end: c.end, label: short(c.quote) })),
        ]
      : itemMarks(items);

  const failed = (error: unknown) =>
    setToast({
      message: t("toast.failed", { message: error instanceof Error ? error.message : String(error) }),
      error: true,
    });

  function remove(item: Item) {
    focusAfterRemoval(itemRefs.current.get(item.key), document.getElementById("claims-heading"));
    writes.remove.mutate(item, {
      onError: failed,
      onSuccess: () => setToast({ message: t("toast.deleted"), undo: () => void undo() }),
    });
  }
  async function undo() {
    try {
      if (await writes.undo()) setToast({ message: t("toast.restored") });
    } catch (error) {
      failed(error);
    }
  }

  function showInText(key: string) {
    setPane("text");
    const element = document.getElementById(key);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }
  function showInPanel(keys: string[]) {
    setPane("panel");
    const element = keys
      .map((k) => (k.startsWith("cand-") ? candidateRefs.current.get(k.slice(5)) : itemRefs.current.get(k)))
      .find(Boolean);
    element?.scrollIntoView({ block: "nearest" });
    element?.focus({ preventScroll: true });
  }
  /** The panel item that holds the keyboard focus, and its place in the list. */
  function focused() {
    const entries = [...itemRefs.current.entries()];
    const index = entries.findIndex(([, element]) => element.contains(document.activeElement));
    return {
      index,
      elements: entries.map(([, element]) => element),
      item: items.find((i) => i.key === entries[index]?.[0]),
    };
  }
  const edit = (item: Item) =>
    setDialog(
      item.type === "claim"
        ? { type: "claim", claim: item.claim, span: { start: item.start, end: item.end } }
        : { type: "note", item, span: { start: item.start ?? 0, end: item.end ?? 0 } },
    );

  useShortcuts(() => {
    if (dialog) return null;
    const keys: Record<string, () => void> = {
      "?": () => setDialog({ type: "help" }),
      c: () => setView(view === "items" ? "candidates" : "items"),
      n: () => canEdit && selection && setDialog({ type: "claim", claim: null, span: selection }),
      m: () => canEdit && selection && setDialog({ type: "note", item: null, span: selection }),
      u: () => canEdit && void undo(),
    };
    // in the candidate queue, j and k belong to the queue
    if (view === "candidates") return keys;
    const { index, elements, item } = focused();
    return {
      ...keys,
      j: () => elements[Math.min(index + 1, elements.length - 1)]?.focus(),
      k: () => elements[Math.max(index - 1, 0)]?.focus(),
      e: () => canEdit && item && edit(item),
      l: () =>
        canEdit && item?.type === "claim" && item.claim.eventId && setDialog({ type: "relation", claim: item.claim }),
    };
  });

  return (
    <div className="article-layout annotator" data-pane={pane}>
      <PaneTabs pane={pane} onPane={setPane} count={items.length} />
      <section id="pane-text" aria-labelledby="text-heading">
        <h2 id="text-heading">{ta("text")}</h2>
        {canEdit && selection && (
          <div className="selection-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
            <span className="muted" lang={article.lang}>
              «{short(article.text.slice(selection.start, selection.end), 50)}»
            </span>{" "}
            <button type="button" onClick={() => setDialog({ type: "claim", claim: null, span: selection })}>
              {t("toolbar.newClaim")} <kbd>{"n"}</kbd>
            </button>{" "}
            <button type="button" onClick={() => setDialog({ type: "note", item: null, span: selection })}>
              {t("toolbar.note")} <kbd>{"m"}</kbd>
            </button>
          </div>
        )}
        <TextView
          text={article.text}
          lang={article.lang}
          marks={marks}
          selectable={canEdit}
          label={t("textLabel")}
          onSelect={setSelection}
          onActivate={showInPanel}
        />
      </section>
      <aside id="pane-panel" aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="visually-hidden">
          {t("panel.heading")}
        </h2>
        <div role="tablist" className="tabs" aria-labelledby="claims-heading">
          <button type="button" role="tab" aria-selected={view === "items"} onClick={() => setView("items")}>
            {t("panel.heading")} <span className="count">({items.length})</span>
          </button>
          <button type="button" role="tab" aria-selected={view === "candidates"} onClick={() => setView("candidates")}>
            {candidates ? tc("tabCount", { count: candidates.counts.pending }) : tc("tab")} <kbd>{"c"}</kbd>
          </button>
        </div>
        <button type="button" className="link-button" onClick={() => setDialog({ type: "help" })}>
          {t("actions.help")} <kbd>{"?"}</kbd>
        </button>
        <div className="toast" role={toast?.error ? "alert" : "status"}>
          {toast && (
            <>
              {toast.message}{" "}
              {toast.undo && (
                <button type="button" onClick={toast.undo}>
                  {t("actions.undo")}
                </button>
              )}
            </>
          )}
        </div>
        {view === "candidates" ? (
          <CandidateQueue
            lng={lng}
            article={article}
            list={candidates}
            canEdit={canEdit}
            onShowInText={(c) => showInText(`cand-${c.id}`)}
            itemRef={(id, el) => (el ? candidateRefs.current.set(id, el) : candidateRefs.current.delete(id))}
          />
        ) : (
          <Panel
            lng={lng}
            articleLang={article.lang}
            items={items}
            filters={filters}
            onFilters={setFilters}
            canEdit={canEdit}
            onShowInText={(item) => showInText(item.key)}
            onEdit={edit}
            onNote={(item) => setDialog({ type: "note", item, span: { start: item.start ?? 0, end: item.end ?? 0 } })}
            onDelete={remove}
            onLink={(claim) => setDialog({ type: "relation", claim })}
            onUnlink={(relationId) =>
              writes.unlink.mutate(relationId, {
                onError: failed,
                onSuccess: () => setToast({ message: t("toast.unlinked") }),
              })
            }
            itemRef={(k, el) => (el ? itemRefs.current.set(k, el) : itemRefs.current.delete(k))}
            reviewed={reviewed}
          />
        )}
      </aside>
      {dialog?.type === "claim" && (
        <ClaimForm
          lng={lng}
          article={article}
          claim={dialog.claim}
          span={dialog.span}
          onClose={() => setDialog(null)}
          onSave={async (payload, version) => {
            await writes.saveClaim.mutateAsync({ id: dialog.claim?.id ?? null, payload, version });
            setDialog(null);
            setSelection(null);
            setToast({ message: dialog.claim ? t("toast.updated") : t("toast.created") });
          }}
        />
      )}
      {dialog?.type === "note" && (
        <NoteForm
          quote={article.text.slice(dialog.span.start, dialog.span.end) || (dialog.item?.quote ?? "")}
          lang={article.lang}
          note={dialog.item?.type === "note" ? dialog.item.note : null}
          onClose={() => setDialog(null)}
          onSave={async (parts) => {
            await writes.saveNote.mutateAsync({ parts, target: dialog });
            setDialog(null);
            setToast({ message: t("toast.noted") });
          }}
        />
      )}
      {dialog?.type === "relation" && (
        <RelationForm
          lng={lng}
          lang={article.lang}
          claim={dialog.claim}
          onClose={() => setDialog(null)}
          onSave={async ({ kind, to }) => {
            await writes.link.mutateAsync({ from: dialog.claim.id, kind, to });
            setDialog(null);
            setToast({ message: t("toast.linked") });
          }}
        />
      )}
      {dialog?.type === "help" && <HelpDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
