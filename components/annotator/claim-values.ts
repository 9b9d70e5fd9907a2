import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/articles/store";
import { parseFigure } from "@/lib/candidates/quote-figure";
import type { QuantityInput, Vagueness } from "@/lib/domain/figures";
import type { ClaimKind, Stance } from "@/lib/domain/vocabulary";
import { crosses } from "@/lib/text/segments";
import type { Speaker } from "./entity-picker";

type Span = { start: number; end: number };
export type AspectKind = "numeric" | "categorical";

/** An aspect written in the claim form, created with the claim. */
export interface NewAspect {
  question: string;
  kind: AspectKind;
}

export interface ClaimPayload {
  start: number;
  end: number;
  eventId: string;
  /** an aspect of the event, or… */
  aspectId?: string;
  /** …one to create with the claim, in the same transaction */
  newAspect?: NewAspect & { lang: Lng };
  kind: ClaimKind;
  stance: Stance;
  speakerId: string | null;
  quantity: QuantityInput | null;
  note: string | null;
}

/** The claim form's fields as typed: the figure as text, "new" for an aspect to create. */
export interface ClaimValues {
  start: number;
  end: number;
  eventId: string;
  aspectId: string;
  kind: ClaimKind;
  stance: Stance;
  speaker: Speaker | null;
  low: string;
  high: string;
  vagueness: Vagueness | "";
  unit: string;
  counted: string;
  approximate: boolean;
  note: string;
  version: number;
}

type ClaimFields = Pick<
  ArticleClaim,
  "eventId" | "aspect" | "kind" | "stance" | "speaker" | "quantity" | "note" | "version"
>;

/** The fields for an existing claim, or for new words with the figure they state filled in. */
export function initialValues(
  article: Pick<ArticleDetail, "text" | "events">,
  claim: ClaimFields | null,
  span: Span,
): ClaimValues {
  const parsed = claim ? null : parseFigure(article.text.slice(span.start, span.end));
  const quantity = claim?.quantity ?? parsed;
  const event = article.events.find((e) => e.id === claim?.eventId) ?? article.events[0];
  return {
    start: span.start,
    end: span.end,
    eventId: event?.id ?? "",
    aspectId: claim?.aspect?.id ?? event?.aspects[0]?.id ?? "new",
    kind: claim?.kind ?? (parsed ? "figure" : "statement"),
    stance: claim?.stance ?? "asserts",
    speaker: claim?.speaker ?? null,
    low: quantity ? String(quantity.stated.low) : "",
    high: quantity ? String(quantity.stated.high) : "",
    vagueness: quantity?.stated.vagueness ?? "",
    unit: quantity?.unit ?? "",
    counted: quantity?.counted ?? "",
    approximate: quantity?.approximate ?? false,
    note: claim?.note ?? "",
    version: claim?.version ?? 0,
  };
}

/** Whether the form shows the figure's fields: for a figure, or once a value is filled in. */
export const isFigure = (v: ClaimValues) => v.kind === "figure" || v.low !== "";

/** The stated figure the form's fields describe: one value, or a range when "to" is filled in. */
export function statedOf(v: Pick<ClaimValues, "low" | "high" | "vagueness">) {
  const low = Number(v.low);
  const high = v.high === "" || v.vagueness ? low : Number(v.high);
  return { stated: { low, high: Math.max(low, high), vagueness: v.vagueness || null } };
}

/** What the text states, or null without a value; the server derives the range it is compared by. */
export function quantityOf(v: ClaimValues): QuantityInput | null {
  if (v.low === "") return null;
  const stated = statedOf(v);
  return {
    ...stated,
    unit: v.unit.trim() || null,
    counted: v.counted.trim() || null,
    approximate: v.approximate || stated.stated.vagueness !== null,
  };
}

/** What the form sends: the aspect chosen, or the one written in the form. */
export function payloadOf(v: ClaimValues, newAspect: NewAspect, lng: Lng): ClaimPayload {
  return {
    start: v.start,
    end: v.end,
    eventId: v.eventId,
    ...(v.aspectId === "new"
      ? { newAspect: { question: newAspect.question, kind: newAspect.kind, lang: lng } }
      : { aspectId: v.aspectId }),
    kind: v.kind,
    stance: v.stance,
    speakerId: v.speaker?.id ?? null,
    quantity: quantityOf(v),
    note: v.note.trim() || null,
  };
}

/** Whether the span crosses another live claim (or repeats its words), which the server refuses; lying inside one is fine. */
export function clashes(claims: (Span & { id: string; status: string })[], claimId: string | undefined, span: Span) {
  return claims.some((c) => c.id !== claimId && c.status !== "rejected" && crosses(c, span));
}
