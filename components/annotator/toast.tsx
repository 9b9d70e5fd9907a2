"use client";

import { useT } from "@/i18n/client";

/** The outcome of the last write, with a way back after a delete. */
export type Toast = { message: string; error?: boolean; undo?: () => void } | null;

/** Where the last write's outcome is said: a status, or an alert when it failed. */
export function ToastRegion({ toast }: { toast: Toast }) {
  const { t } = useT("annotator");
  return (
    <div className="toast" role={toast?.error ? "alert" : "status"}>
      {toast && (
        <>
          {toast.message}{" "}
          {toast.undo && (
            <button type="button" onClick={toast.undo}>
              {t("actions.undo")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
