"use client";

import { useT } from "@/i18n/client";

/** The words a claim covers, a warning when they lie over another claim, and for an existing claim its edges' buttons. */
export function ClaimQuoteField({
  text,
  lang,
  span,
  clash,
  onMove,
}: {
  text: string;
  lang: string;
  span: { start: number; end: number };
  clash: boolean;
  /** moves an edge of the span by a word; null for a new claim, whose words were just selected */
  onMove: ((edge: "start" | "end", direction: -1 | 1) => void) | null;
}) {
  const { t } = useT("annotator");
  const { t: tc } = useT("common");
  return (
    <div className="field">
      <span className="field-label">{t("claimForm.quote")}</span>
      <blockquote lang={lang} className="form-quote" data-testid="claim-quote">
        {text.slice(span.start, span.end)}
      </blockquote>
      {clash && (
        <p className="form-status form-status--error" role="alert">
          {tc("errors.overlap")}
        </p>
      )}
      {onMove && <SpanButtons onMove={onMove} />}
    </div>
  );
}

/** Moves the claim's start or end a word earlier or later, without a mouse. */
function SpanButtons({ onMove }: { onMove: (edge: "start" | "end", direction: -1 | 1) => void }) {
  const { t } = useT("annotator");
  return (
    <p className="span-buttons" role="group" aria-label={t("claimForm.span")}>
      <button type="button" onClick={() => onMove("start", -1)}>
        {t("claimForm.startEarlier")}
      </button>
      <button type="button" onClick={() => onMove("start", 1)}>
        {t("claimForm.startLater")}
      </button>
      <button type="button" onClick={() => onMove("end", -1)}>
        {t("claimForm.endEarlier")}
      </button>
      <button type="button" onClick={() => onMove("end", 1)}>
        {t("claimForm.endLater")}
      </button>
    </p>
  );
}
