"use client";

import { useT } from "@/i18n/client";
import { Modal } from "./modal";

export const shortcuts = [
  ["n", "n"],
  ["m", "m"],
  ["j", "j"],
  ["k", "k"],
  ["e", "e"],
  ["l", "l"],
  ["u", "u"],
  ["?", "question"],
  ["Esc", "escape"],
  ["Shift + ← →", "shiftArrows"],
] as const;

/** Keys of the candidate queue (the "candidates" tab). */
export const queueShortcuts = ["c", "j", "k", "a", "r", "x", "A", "R"] as const;

/** The keyboard shortcuts of the article page: claims and notes, then the candidate queue. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT("annotator");
  const { t: tc } = useT("candidates");
  const lists = [
    { title: t("panel.heading"), keys: shortcuts.map(([key, message]) => [key, t(`help.${message}`)] as const) },
    { title: tc("tab"), keys: queueShortcuts.map((key) => [key, tc(`help.${key}`)] as const) },
  ];
  return (
    <Modal title={t("help.title")} onClose={onClose}>
      {lists.map((list) => (
        <section key={list.title}>
          <h3>{list.title}</h3>
          <dl className="shortcuts">
            {list.keys.map(([key, text]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t("actions.close")}
        </button>
      </p>
    </Modal>
  );
}
