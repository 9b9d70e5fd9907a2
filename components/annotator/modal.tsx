"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "@/i18n/client";

/** What a dialog's save returns: it settles when the server has answered (a refusal is thrown). */
export type Saving = Promise<void>;

/** A modal <dialog>: opened on mount, closed by Escape or onClose, focus kept inside by the browser. */
export function Modal({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : "modal"}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

/** The end of a dialog's form: the refusal if any, Save (busy while saving) and Cancel. */
export function FormFooter({
  busy,
  blocked = false,
  error,
  onCancel,
}: {
  busy: boolean;
  /** the form cannot be saved as it stands, for a reason it shows */
  blocked?: boolean;
  error: string | null;
  onCancel: () => void;
}) {
  const { t } = useT("annotator");
  return (
    <>
      {error && (
        <p className="form-status form-status--error" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        <button type="submit" disabled={busy || blocked}>
          {busy ? t("actions.saving") : t("actions.save")}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {t("actions.cancel")}
        </button>
      </p>
    </>
  );
}
