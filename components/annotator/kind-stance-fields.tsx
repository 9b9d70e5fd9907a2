"use client";

import { useT } from "@/i18n/client";
import { asLabel } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { claimKinds, stances, type ClaimKind, type Stance } from "@/lib/domain/vocabulary";
import type { SetClaimValue } from "./use-claim-values";

/** The claim's kind (a figure, a statement…) and the stance its words take. */
export function KindStanceFields({
  lng,
  kind,
  stance,
  onChange,
}: {
  lng: Lng;
  kind: ClaimKind;
  stance: Stance;
  onChange: SetClaimValue;
}) {
  const { t } = useT("annotator");
  const { t: ta } = useT("articles");
  return (
    <div className="inline-fields">
      <div className="field">
        <label htmlFor="claim-kind">{t("claimForm.kind")}</label>
        <select id="claim-kind" value={kind} onChange={(e) => onChange("kind", e.target.value as ClaimKind)}>
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {asLabel(lng, ta(`kind.${k}`))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="claim-stance">{t("claimForm.stance")}</label>
        <select id="claim-stance" value={stance} onChange={(e) => onChange("stance", e.target.value as Stance)}>
          {stances.map((s) => (
            <option key={s} value={s}>
              {asLabel(lng, ta(`stance.${s}`))}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
