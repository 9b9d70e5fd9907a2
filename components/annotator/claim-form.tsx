"use client";

import { useState } from "react";
import { EventAspectFields } from "@/components/forms/event-aspect-fields";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/articles/store";
import { ClaimQuoteField } from "./claim-quote-field";
import { clashes, isFigure, payloadOf, type ClaimPayload, type NewAspect } from "./claim-values";
import { EntityPicker } from "./entity-picker";
import { FigureFields } from "./figure-fields";
import { KindStanceFields } from "./kind-stance-fields";
import { FormFooter, Modal, type Saving } from "./modal";
import { NewAspectFields } from "./new-aspect-fields";
import { useClaimSubmit } from "./use-claim-submit";
import { useClaimValues } from "./use-claim-values";

/** Saves the form; a refusal it throws is shown in the form. */
type SaveClaim = (payload: ClaimPayload, version: number) => Saving;

/**
 * The claim form, for a new selection or an existing claim: event and aspect (a new
 * aspect can be written in place), kind, stance, speaker, the figure pre-filled
 * from the words, a note, and for an existing claim its boundaries word by word.
 */
export function ClaimForm({
  lng,
  article,
  claim,
  span,
  onSave,
  onClose,
}: {
  lng: Lng;
  article: ArticleDetail;
  claim: ArticleClaim | null;
  span: { start: number; end: number };
  onSave: SaveClaim;
  onClose: () => void;
}) {
  const { t } = useT("annotator");
  const { values: v, set, setTarget, move, reload } = useClaimValues(article, claim, span);
  const [newAspect, setNewAspect] = useState<NewAspect>({ question: "", kind: "numeric" });
  const [creatingSpeaker, setCreatingSpeaker] = useState(false);
  const { status, submit } = useClaimSubmit(() => onSave(payloadOf(v, newAspect, lng), v.version), reload);
  // the server refuses a span over another live claim; said at once, before anything is filled in
  const clash = clashes(article.claims, claim?.id, v);
  return (
    <Modal title={claim ? t("claimForm.editTitle") : t("claimForm.newTitle")} onClose={onClose}>
      <form className="stack claim-form" onSubmit={(e) => void submit(e)}>
        <ClaimQuoteField text={article.text} lang={article.lang} span={v} clash={clash} onMove={claim ? move : null} />
        <EventAspectFields
          id="claim"
          events={article.events}
          value={{ eventId: v.eventId, aspectId: v.aspectId }}
          onChange={setTarget}
          labels={{ event: t("claimForm.event"), aspect: t("claimForm.aspect") }}
          newAspect={t("claimForm.newAspect")}
        />
        {v.aspectId === "new" && <NewAspectFields value={newAspect} onChange={setNewAspect} />}
        <KindStanceFields lng={lng} kind={v.kind} stance={v.stance} onChange={set} />
        <div className="field">
          <span className="field-label">{t("claimForm.speaker")}</span>
          <EntityPicker
            lng={lng}
            value={v.speaker}
            onChange={(speaker) => set("speaker", speaker)}
            onBusy={setCreatingSpeaker}
          />
        </div>
        {isFigure(v) && <FigureFields lng={lng} values={v} onChange={set} />}
        <label>
          {t("claimForm.noteField")}
          <textarea rows={2} maxLength={4000} value={v.note} onChange={(e) => set("note", e.target.value)} />
        </label>
        <FormFooter
          busy={status.busy || creatingSpeaker}
          blocked={clash}
          error={clash ? null : status.error}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
