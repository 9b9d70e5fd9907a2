"use client";

import { useState, type FormEvent } from "react";
import { EventAspectFields } from "@/components/forms/event-aspect-fields";
import { useT } from "@/i18n/client";
import { asLabel, formatComparedRange, formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/articles/store";
import { parseFigure } from "@/lib/candidates/quote-figure";
import { ApiError } from "@/lib/client/api";
import { completeQuantity, vaguenesses, type QuantityInput, type Vagueness } from "@/lib/domain/figures";
import { claimKinds, stances, type ClaimKind, type Stance } from "@/lib/domain/vocabulary";
import { overlaps } from "@/lib/text/segments";
import { EntityPicker, type Speaker } from "./entity-picker";
import { FormFooter, Modal, type Saving } from "./modal";
import { moveEdge } from "./words";

export interface ClaimPayload {
  start: number;
  end: number;
  eventId: string;
  /** an aspect of the event, or… */
  aspectId?: string;
  /** …one to create with the claim, in the same transaction */
  newAspect?: { question: string; kind: "numeric" | "categorical"; lang: Lng };
  kind: ClaimKind;
  stance: Stance;
  speakerId: string | null;
  quantity: QuantityInput | null;
  note: string | null;
}

/** Saves the form; a refusal it throws is shown in the form. */
type SaveClaim = (payload: ClaimPayload, version: number) => Saving;

function initialValues(article: ArticleDetail, claim: ArticleClaim | null, span: { start: number; end: number }) {
  const parsed = claim ? null : parseFigure(article.text.slice(span.start, span.end));
  const quantity = claim?.quantity ?? parsed;
  const event = article.events.find((e) => e.id === claim?.eventId) ?? article.events[0];
  return {
    ...span,
    eventId: event?.id ?? "",
    aspectId: claim?.aspect?.id ?? event?.aspects[0]?.id ?? "new",
    kind: (claim?.kind ?? (parsed ? "figure" : "statement")) as ClaimPayload["kind"],
    stance: (claim?.stance ?? "asserts") as ClaimPayload["stance"],
    speaker: (claim?.speaker ?? null) as Speaker | null,
    low: quantity ? String(quantity.stated.low) : "",
    high: quantity ? String(quantity.stated.high) : "",
    vagueness: (quantity?.stated.vagueness ?? "") as Vagueness | "",
    unit: quantity?.unit ?? "",
    counted: quantity?.counted ?? "",
    approximate: quantity?.approximate ?? false,
    note: claim?.note ?? "",
    version: claim?.version ?? 0,
  };
}

/** The stated figure the form's fields describe: one value, or a range when "to" is filled in. */
function statedOf(v: { low: string; high: string; vagueness: Vagueness | "" }) {
  const low = Number(v.low);
  const high = v.high === "" || v.vagueness ? low : Number(v.high);
  return { stated: { low, high: Math.max(low, high), vagueness: v.vagueness || null } };
}

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
  const { t: ta } = useT("articles");
  const { t: tc } = useT("common");
  const [v, setV] = useState(() => initialValues(article, claim, span));
  const [newAspect, setNewAspect] = useState({ question: "", kind: "numeric" as "numeric" | "categorical" });
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [creatingSpeaker, setCreatingSpeaker] = useState(false);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const figure = v.kind === "figure" || v.low !== "";
  // what the text states; the server derives the range it is compared by, as the preview below the fields shows
  const stated = statedOf(v);
  const quantity: QuantityInput | null =
    figure && v.low !== ""
      ? {
          ...stated,
          unit: v.unit.trim() || null,
          counted: v.counted.trim() || null,
          approximate: v.approximate || stated.stated.vagueness !== null,
        }
      : null;
  const preview = quantity && completeQuantity(quantity);
  // the server refuses a span over another live claim; said at once, before anything is filled in
  const clash = article.claims.some((c) => c.id !== claim?.id && c.status !== "rejected" && overlaps(c, v));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus({ busy: true, error: null });
    try {
      await onSave(
        {
          start: v.start,
          end: v.end,
          eventId: v.eventId,
          ...(v.aspectId === "new"
            ? { newAspect: { question: newAspect.question, kind: newAspect.kind, lang: lng } }
            : { aspectId: v.aspectId }),
          kind: v.kind,
          stance: v.stance,
          speakerId: v.speaker?.id ?? null,
          quantity,
          note: v.note.trim() || null,
        },
        v.version,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict" && error.current) {
        // Someone saved first: show their version, keep the dialog open.
        setV(initialValues(article, error.current, { start: error.current.start, end: error.current.end }));
        setStatus({ busy: false, error: `${error.message} ${t("claimForm.conflictLoaded")}` });
        return;
      }
      setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const move = (edge: "start" | "end", direction: -1 | 1) =>
    setV((old) => ({ ...old, ...moveEdge(article.text, old, edge, direction) }));
  return (
    <Modal title={claim ? t("claimForm.editTitle") : t("claimForm.newTitle")} onClose={onClose}>
      <form className="stack claim-form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <span className="field-label">{t("claimForm.quote")}</span>
          <blockquote lang={article.lang} className="form-quote" data-testid="claim-quote">
            {article.text.slice(v.start, v.end)}
          </blockquote>
          {clash && (
            <p className="form-status form-status--error" role="alert">
              {tc("errors.overlap")}
            </p>
          )}
          {claim && (
            <p className="span-buttons" role="group" aria-label={t("claimForm.span")}>
              <button type="button" onClick={() => move("start", -1)}>
                {t("claimForm.startEarlier")}
              </button>
              <button type="button" onClick={() => move("start", 1)}>
                {t("claimForm.startLater")}
              </button>
              <button type="button" onClick={() => move("end", -1)}>
                {t("claimForm.endEarlier")}
              </button>
              <button type="button" onClick={() => move("end", 1)}>
                {t("claimForm.endLater")}
              </button>
            </p>
          )}
        </div>
        <EventAspectFields
          id="claim"
          events={article.events}
          value={{ eventId: v.eventId, aspectId: v.aspectId }}
          onChange={(target) => setV((old) => ({ ...old, ...target }))}
          labels={{ event: t("claimForm.event"), aspect: t("claimForm.aspect") }}
          newAspect={t("claimForm.newAspect")}
        />
        {v.aspectId === "new" && (
          <div className="inline-fields">
            <label>
              {t("claimForm.aspectQuestion")}
              <input
                required
                minLength={3}
                maxLength={300}
                value={newAspect.question}
                onChange={(e) => setNewAspect({ ...newAspect, question: e.target.value })}
              />
            </label>
            <div className="field">
              <label htmlFor="aspect-kind">{t("claimForm.aspectKind")}</label>
              <select
                id="aspect-kind"
                value={newAspect.kind}
                onChange={(e) => setNewAspect({ ...newAspect, kind: e.target.value as "numeric" | "categorical" })}
              >
                <option value="numeric">{t("claimForm.aspectKinds.numeric")}</option>
                <option value="categorical">{t("claimForm.aspectKinds.categorical")}</option>
              </select>
            </div>
          </div>
        )}
        <div className="inline-fields">
          <div className="field">
            <label htmlFor="claim-kind">{t("claimForm.kind")}</label>
            <select
              id="claim-kind"
              value={v.kind}
              onChange={(e) => set("kind", e.target.value as ClaimPayload["kind"])}
            >
              {claimKinds.map((k) => (
                <option key={k} value={k}>
                  {asLabel(lng, ta(`kind.${k}`))}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="claim-stance">{t("claimForm.stance")}</label>
            <select
              id="claim-stance"
              value={v.stance}
              onChange={(e) => set("stance", e.target.value as ClaimPayload["stance"])}
            >
              {stances.map((s) => (
                <option key={s} value={s}>
                  {asLabel(lng, ta(`stance.${s}`))}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <span className="field-label">{t("claimForm.speaker")}</span>
          <EntityPicker
            lng={lng}
            value={v.speaker}
            onChange={(speaker) => set("speaker", speaker)}
            onBusy={setCreatingSpeaker}
          />
        </div>
        {figure && (
          <fieldset className="inline-fields figure-fields">
            <legend>{t("claimForm.figure")}</legend>
            <label>
              {t("claimForm.vagueness")}
              <select value={v.vagueness} onChange={(e) => set("vagueness", e.target.value as Vagueness | "")}>
                <option value="">{t("claimForm.vague.none")}</option>
                {vaguenesses.map((x) => (
                  <option key={x} value={x}>
                    {t(`claimForm.vague.${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("claimForm.low")}
              <input
                type="number"
                min={0}
                step="any"
                required
                value={v.low}
                onChange={(e) => set("low", e.target.value)}
              />
            </label>
            <label>
              {t("claimForm.high")}
              <input type="number" min={0} step="any" value={v.high} onChange={(e) => set("high", e.target.value)} />
            </label>
            <label>
              {t("claimForm.unit")}
              <input maxLength={40} value={v.unit} onChange={(e) => set("unit", e.target.value)} />
            </label>
            <label>
              {t("claimForm.counted")}
              <input maxLength={200} value={v.counted} onChange={(e) => set("counted", e.target.value)} />
            </label>
            <label className="inline-choice">
              <input type="checkbox" checked={v.approximate} onChange={(e) => set("approximate", e.target.checked)} />{" "}
              {t("claimForm.approximate")}
            </label>
            {preview && (
              <p className="muted figure-preview" role="status">
                {t("claimForm.stated", {
                  stated: formatFigure(lng, preview),
                  range: formatComparedRange(lng, preview),
                })}
              </p>
            )}
          </fieldset>
        )}
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
