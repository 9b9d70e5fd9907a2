"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { useT } from "@/i18n/client";

/**
 * An inline question before accepting candidates into an uncertain proposed aspect. It takes the
 * focus on its Accept button, so Enter confirms; Escape (or Cancel) goes back without accepting.
 */
export function ConfirmAccept({
  message,
  onConfirm,
  onCancel,
}: {
  message: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT("candidates");
  const id = useId();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <div role="alertdialog" aria-labelledby={id} className="notice confirm-accept" onKeyDown={onKeyDown}>
      <p id={id}>{message}</p>
      <p className="item-actions">
        <button ref={yes} type="button" onClick={onConfirm}>
          {t("proposal.yes")}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {t("proposal.no")}
        </button>
      </p>
    </div>
  );
}
