"use client";

import { useT } from "@/i18n/client";
import type { AspectKind, NewAspect } from "./claim-values";

/** The question and kind of an aspect to create with the claim. */
export function NewAspectFields({ value, onChange }: { value: NewAspect; onChange: (value: NewAspect) => void }) {
  const { t } = useT("annotator");
  return (
    <div className="inline-fields">
      <label>
        {t("claimForm.aspectQuestion")}
        <input
          required
          minLength={3}
          maxLength={300}
          value={value.question}
          onChange={(e) => onChange({ ...value, question: e.target.value })}
        />
      </label>
      <div className="field">
        <label htmlFor="aspect-kind">{t("claimForm.aspectKind")}</label>
        <select
          id="aspect-kind"
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as AspectKind })}
        >
          <option value="numeric">{t("claimForm.aspectKinds.numeric")}</option>
          <option value="categorical">{t("claimForm.aspectKinds.categorical")}</option>
        </select>
      </div>
    </div>
  );
}
