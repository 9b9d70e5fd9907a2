"use client";

import "./globals.css";
import en from "@/locales/en/error.json";
import ru from "@/locales/ru/error.json";
import uk from "@/locales/uk/error.json";

const messages = { en, uk, ru };

/**
 * The last resort, when the language's own layout fails: Next renders this in its place,
 * so it brings its own <html>. The language comes from the path; the details stay in the
 * server's log.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const first = typeof window === "undefined" ? "" : window.location.pathname.split("/")[1];
  const lng = first === "uk" || first === "ru" ? first : "en";
  const t = messages[lng];
  return (
    <html lang={lng}>
      <body>
        <main id="main">
          <section className="message" role="alert">
            <h1>{t.title}</h1>
            <p>{t.body}</p>
            <button type="button" onClick={reset}>
              {t.retry}
            </button>
          </section>
        </main>
      </body>
    </html>
  );
}
