"use client";

import { useT } from "@/i18n/client";

// Shown when a page fails to render; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useT("error");
  return (
    <section className="message" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
