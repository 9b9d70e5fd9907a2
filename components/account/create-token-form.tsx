"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import { ApiError, send } from "@/lib/client/api";

type State =
  { kind: "idle" } | { kind: "busy" } | { kind: "created"; token: string } | { kind: "failed"; message: string };

/**
 * Creates an API token and shows it once. It posts JSON rather than a plain form
 * so that the token never travels in a URL or lands in the browser's history.
 */
export function CreateTokenForm({ lng }: { lng: Lng }) {
  const { t } = useT("account");
  const { t: tc } = useT("common");
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [copied, setCopied] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = new FormData(form).get("name");
    setState({ kind: "busy" });
    setCopied(false);
    try {
      const { token } = await send<{ token: string }>("POST", "/api/tokens", lng, { name });
      setState({ kind: "created", token });
      form.reset();
      router.refresh();
    } catch (error) {
      setState({ kind: "failed", message: error instanceof ApiError ? error.message : tc("errors.internal") });
    }
  }

  return (
    <>
      <form className="inline-fields" onSubmit={submit}>
        <label>
          {t("tokens.name")}
          <input name="name" required maxLength={80} placeholder={t("tokens.namePlaceholder")} />
        </label>
        <button type="submit" disabled={state.kind === "busy"}>
          {state.kind === "busy" ? t("tokens.creating") : t("tokens.create")}
        </button>
      </form>
      {state.kind === "failed" && (
        <p className="form-status form-status--error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === "created" && (
        <div className="form-status new-token" role="status">
          <p>{t("tokens.created")}</p>
          <input
            readOnly
            value={state.token}
            aria-label={t("tokens.newToken")}
            onFocus={(e) => e.currentTarget.select()}
          />{" "}
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(state.token).then(() => setCopied(true))}
          >
            {copied ? t("tokens.copied") : t("tokens.copy")}
          </button>
        </div>
      )}
    </>
  );
}
