"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/i18n/client";
import { asLabel } from "@/i18n/format";
import type { ArticleNote } from "@/lib/articles/store";
import { verdicts } from "@/lib/domain/vocabulary";
import { FormFooter, Modal, type Saving } from "./modal";
import type { NoteParts } from "./note-annotations";

type SaveNote = (parts: NoteParts) => Saving;

/**
 * A comment, tags and a verdict on a span or a claim; each filled part is its own
 * W3C annotation (commenting, tagging, assessing), all saved in one request. Editing changes one.
 */
export function NoteForm({
  quote,
  lang,
  note,
  verdictFirst = false,
  onSave,
  onClose,
}: {
  quote: string;
  lang: string;
  note: ArticleNote | null;
  /** "Give a verdict": the verdict first, with the focus, and a comment to say why */
  verdictFirst?: boolean;
  onSave: SaveNote;
  onClose: () => void;
}) {
  const { t, lng } = useT("annotator");
  const values = (motivation: string) => (note?.motivation === motivation ? note.bodies.map((b) => b.value) : []);
  const [comment, setComment] = useState(values("commenting")[0] ?? "");
  const [tags, setTags] = useState(values("tagging").join(", "));
  const [verdict, setVerdict] = useState(values("assessing")[0] ?? "");
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const shows = (motivation: string) => !note || note.motivation === motivation;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parts: NoteParts = {
      ...(comment.trim() && { commenting: comment.trim() }),
      ...(tags.trim() && {
        tagging: [
          ...new Set(
            tags
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean),
          ),
        ],
      }),
      ...(verdict && { assessing: verdict }),
    };
    if (Object.keys(parts).length === 0) return onClose();
    setStatus({ busy: true, error: null });
    try {
      await onSave(parts);
    } catch (error) {
      setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const verdictField = shows("assessing") && (
    <div className="field">
      <label htmlFor="note-verdict">{t("noteForm.verdict")}</label>
      <select id="note-verdict" value={verdict} onChange={(e) => setVerdict(e.target.value)} autoFocus={verdictFirst}>
        <option value="">{t("noteForm.noVerdict")}</option>
        {verdicts.map((v) => (
          <option key={v} value={v}>
            {asLabel(lng, t(`verdicts.${v}`))}
          </option>
        ))}
      </select>
    </div>
  );
  const title = note ? t("noteForm.editTitle") : verdictFirst ? t("noteForm.verdictTitle") : t("noteForm.title");
  return (
    <Modal title={title} onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <span className="field-label">{t("noteForm.on")}</span>
          <blockquote lang={lang} className="form-quote">
            {quote}
          </blockquote>
        </div>
        {verdictFirst && <p className="muted">{t("noteForm.verdictIntro")}</p>}
        {verdictFirst && verdictField}
        {shows("commenting") && (
          <label>
            {verdictFirst ? t("noteForm.why") : t("noteForm.comment")}
            <textarea rows={3} maxLength={10000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
        )}
        {shows("tagging") && !verdictFirst && (
          <label>
            {t("noteForm.tags")}
            <input maxLength={500} value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
        )}
        {!verdictFirst && verdictField}
        <FormFooter busy={status.busy} error={status.error} onCancel={onClose} />
      </form>
    </Modal>
  );
}
