"use client";

import { useDeferredValue, useState, type FormEvent } from "react";
import { ClaimLine } from "@/components/comparison/claim-line";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim } from "@/lib/articles/store";
import { relationKinds, type RelationKind } from "@/lib/domain/vocabulary";
import { useEventClaims } from "@/lib/queries/use-event-claims";
import { short } from "@/lib/text/short";
import { FormFooter, Modal, type Saving } from "./modal";

/** Saves the relation; a refusal it throws is shown in the form. */
type SaveRelation = (input: { kind: RelationKind; to: string }) => Saving;

/**
 * "Link to…": relates a claim to another claim of its event. The picker searches the event's
 * claims by words of the quote, the speaker's name or a figure; the kind says how this claim
 * bears on the one picked.
 */
export function RelationForm({
  lng,
  lang,
  claim,
  onSave,
  onClose,
}: {
  lng: Lng;
  /** the article's language, the quote's */
  lang: string;
  claim: ArticleClaim;
  onSave: SaveRelation;
  onClose: () => void;
}) {
  const { t } = useT("annotator");
  const { t: tc } = useT("comparison");
  const [kind, setKind] = useState<RelationKind>("contradicts");
  const [query, setQuery] = useState("");
  const [to, setTo] = useState<string | null>(null);
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const found = useEventClaims(claim.eventId ?? "", lng, useDeferredValue(query.trim()));
  const choices = (found.data ?? []).filter((c) => c.id !== claim.id);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!to) return setStatus({ busy: false, error: t("relationForm.pick") });
    setStatus({ busy: true, error: null });
    try {
      await onSave({ kind, to });
    } catch (error) {
      setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <Modal title={t("relationForm.title")} onClose={onClose} className="relation-dialog">
      <form onSubmit={submit} className="stack">
        <blockquote lang={lang}>
          <bdi>{short(claim.quote)}</bdi>
        </blockquote>
        <label>
          {t("relationForm.kind")}
          <select value={kind} onChange={(e) => setKind(e.target.value as RelationKind)}>
            {relationKinds.map((k) => (
              <option key={k} value={k}>
                {tc(`relation.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("relationForm.search")}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
        </label>
        <fieldset className="relation-choices" aria-busy={found.isFetching}>
          <legend>{t("relationForm.to")}</legend>
          {found.isPending ? (
            <p className="muted">{t("relationForm.loading")}</p>
          ) : choices.length === 0 ? (
            <p className="muted">{t("relationForm.none")}</p>
          ) : (
            choices.map((c) => (
              <label key={c.id} className="relation-choice">
                <input type="radio" name="to" value={c.id} checked={to === c.id} onChange={() => setTo(c.id)} />{" "}
                <ClaimLine lng={lng} claim={c} />
              </label>
            ))
          )}
        </fieldset>
        <FormFooter busy={status.busy} error={status.error} onCancel={onClose} />
      </form>
    </Modal>
  );
}
