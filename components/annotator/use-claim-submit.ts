"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/i18n/client";
import type { ArticleClaim } from "@/lib/articles/store";
import { ApiError } from "@/lib/client/api";
import type { Saving } from "./modal";

/**
 * Submitting the claim form: busy while `save` runs, a refusal shown in the form, and when
 * someone saved the claim first, their version handed to `reload` with the dialog kept open.
 */
export function useClaimSubmit(save: () => Saving, reload: (current: ArticleClaim) => void) {
  const { t } = useT("annotator");
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus({ busy: true, error: null });
    try {
      await save();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict" && error.current) {
        reload(error.current);
        setStatus({ busy: false, error: `${error.message} ${t("claimForm.conflictLoaded")}` });
        return;
      }
      setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { status, submit };
}
