"use client";

import { useState } from "react";
import { CandidateQueue } from "@/components/candidates/queue";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import type { CandidateList } from "@/lib/candidates/store-decisions";
import { editDialog, noteDialog, verdictDialog, type Dialog } from "./dialog";
import type { Item } from "./items";
import { Panel, type PanelFilters } from "./panel";
import { ToastRegion } from "./toast";
import type { TextPanelSync } from "./use-text-panel-sync";
import type { ToastedWrites } from "./use-toasted-writes";
import { ViewTabs } from "./view-tabs";

/** The panel beside the text: the claims and notes, or the candidate queue, with the last write's outcome. */
export function ClaimsPane({
  lng,
  article,
  candidates,
  items,
  reviewed,
  canEdit,
  view,
  onView,
  onOpen,
  writes,
  sync,
}: {
  lng: Lng;
  article: ArticleDetail;
  candidates: CandidateList | undefined;
  items: Item[];
  reviewed: Set<string>;
  canEdit: boolean;
  view: "items" | "candidates";
  onView: (view: "items" | "candidates") => void;
  onOpen: (dialog: Dialog) => void;
  writes: ToastedWrites;
  sync: TextPanelSync;
}) {
  const { t } = useT("annotator");
  const [filters, setFilters] = useState<PanelFilters>({ kind: "all", author: "all" });
  return (
    <aside id="pane-panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="visually-hidden">
        {t("panel.heading")}
      </h2>
      <ViewTabs view={view} onView={onView} count={items.length} pending={candidates?.counts.pending} />
      <button type="button" className="link-button" onClick={() => onOpen({ type: "help" })}>
        {t("actions.help")} <kbd>{"?"}</kbd>
      </button>
      <ToastRegion toast={writes.toast} />
      {view === "candidates" ? (
        <CandidateQueue
          lng={lng}
          article={article}
          list={candidates}
          canEdit={canEdit}
          onShowInText={(c) => sync.showInText(`cand-${c.id}`)}
          itemRef={sync.candidateRef}
        />
      ) : (
        <Panel
          lng={lng}
          articleLang={article.lang}
          items={items}
          filters={filters}
          onFilters={setFilters}
          canEdit={canEdit}
          onShowInText={(item) => sync.showInText(item.key)}
          onEdit={(item) => onOpen(editDialog(item))}
          onNote={(item) => onOpen(noteDialog(item))}
          onVerdict={(item) => onOpen(verdictDialog(item))}
          onDelete={writes.remove}
          onLink={(claim) => onOpen({ type: "relation", claim })}
          onUnlink={writes.unlink}
          itemRef={sync.itemRef}
          reviewed={reviewed}
        />
      )}
    </aside>
  );
}
