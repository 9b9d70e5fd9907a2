"use client";

import { useT } from "@/i18n/client";
import { formatComparedRange, formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { completeQuantity, vaguenesses, type Vagueness } from "@/lib/domain/figures";
import { quantityOf, type ClaimValues } from "./claim-values";
import type { SetClaimValue } from "./use-claim-values";

/** The figure the words state, and below it the range it will be compared by. */
export function FigureFields({ lng, values: v, onChange }: { lng: Lng; values: ClaimValues; onChange: SetClaimValue }) {
  const { t } = useT("annotator");
  const quantity = quantityOf(v);
  const preview = quantity && completeQuantity(quantity);
  return (
    <fieldset className="inline-fields figure-fields">
      <legend>{t("claimForm.figure")}</legend>
      <label>
        {t("claimForm.vagueness")}
        <select value={v.vagueness} onChange={(e) => onChange("vagueness", e.target.value as Vagueness | "")}>
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
          onChange={(e) => onChange("low", e.target.value)}
        />
      </label>
      <label>
        {t("claimForm.high")}
        <input type="number" min={0} step="any" value={v.high} onChange={(e) => onChange("high", e.target.value)} />
      </label>
      <label>
        {t("claimForm.unit")}
        <input maxLength={40} value={v.unit} onChange={(e) => onChange("unit", e.target.value)} />
      </label>
      <label>
        {t("claimForm.counted")}
        <input maxLength={200} value={v.counted} onChange={(e) => onChange("counted", e.target.value)} />
      </label>
      <label className="inline-choice">
        <input type="checkbox" checked={v.approximate} onChange={(e) => onChange("approximate", e.target.checked)} />{" "}
        {t("claimForm.approximate")}
      </label>
      {preview && (
        <p className="muted figure-preview" role="status">
          {t("claimForm.stated", { stated: formatFigure(lng, preview), range: formatComparedRange(lng, preview) })}
        </p>
      )}
    </fieldset>
  );
}
