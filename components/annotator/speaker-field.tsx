"use client";

import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import { EntityPicker, type Speaker } from "./entity-picker";

/** Who makes the claim: an entity found by any of its names, or created here. */
export function SpeakerField({
  lng,
  value,
  onChange,
  onBusy,
}: {
  lng: Lng;
  value: Speaker | null;
  onChange: (speaker: Speaker | null) => void;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useT("annotator");
  return (
    <div className="field">
      <span className="field-label">{t("claimForm.speaker")}</span>
      <EntityPicker lng={lng} value={value} onChange={onChange} onBusy={onBusy} />
    </div>
  );
}
