"use client";

import { useT } from "@/i18n/client";
import { Modal } from "./modal";

export const shortcuts = [
  ["n", "n"],
  ["m", "m"],
  ["j", "j"],
  ["k", "k"],
  ["e", "e"],
  ["u", "u"],
  ["?", "question"],
  ["Esc", "escape"],
  ["Shift + ← →", "shiftArrows"],
] as const;

/** The keyboard shortcuts of the article page, in one list. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT("annotate");
  return (
    <Modal title={t("help.title")} onClose={onClose}>
      <dl className="shortcuts">
        {shortcuts.map(([key, message]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`help.${message}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t("actions.close")}
        </button>
      </p>
    </Modal>
  );
}
