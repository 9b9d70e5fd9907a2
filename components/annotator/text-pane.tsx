"use client";

import { useT } from "@/i18n/client";
import type { ArticleDetail } from "@/lib/articles/store";
import { short } from "@/lib/text/short";
import { newClaimDialog, newNoteDialog, type Dialog, type Span } from "./dialog";
import { TextView, type Mark } from "./text-view";

/** The article's text with its marks, and for editors the selection's toolbar above it. */
export function TextPane({
  article,
  marks,
  canEdit,
  selection,
  onSelect,
  onActivate,
  onOpen,
}: {
  article: ArticleDetail;
  marks: Mark[];
  canEdit: boolean;
  selection: Span | null;
  onSelect: (selection: Span | null) => void;
  onActivate: (keys: string[]) => void;
  onOpen: (dialog: Dialog) => void;
}) {
  const { t } = useT("annotator");
  const { t: ta } = useT("articles");
  return (
    <section id="pane-text" aria-labelledby="text-heading">
      <h2 id="text-heading">{ta("text")}</h2>
      {canEdit && selection && <SelectionToolbar article={article} selection={selection} onOpen={onOpen} />}
      <TextView
        text={article.text}
        lang={article.lang}
        marks={marks}
        selectable={canEdit}
        label={t("textLabel")}
        onSelect={onSelect}
        onActivate={onActivate}
      />
    </section>
  );
}

/** The selected words, and "New claim" and "Note" on them. */
function SelectionToolbar({
  article,
  selection,
  onOpen,
}: {
  article: ArticleDetail;
  selection: Span;
  onOpen: (dialog: Dialog) => void;
}) {
  const { t } = useT("annotator");
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <span className="muted" lang={article.lang}>
        «{short(article.text.slice(selection.start, selection.end), 50)}»
      </span>{" "}
      <button type="button" onClick={() => onOpen(newClaimDialog(selection))}>
        {t("toolbar.newClaim")} <kbd>{"n"}</kbd>
      </button>{" "}
      <button type="button" onClick={() => onOpen(newNoteDialog(selection))}>
        {t("toolbar.note")} <kbd>{"m"}</kbd>
      </button>
    </div>
  );
}
