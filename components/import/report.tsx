"use client";

import Link from "next/link";
import { useState } from "react";
import { candidatesHref } from "@/components/articles/candidates-link";
import { Table } from "@/components/layout/table";
import { useT } from "@/i18n/client";
import { languageLabel, languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { send } from "@/lib/client/api";
import { contentLanguages } from "@/lib/domain/vocabulary";
import type { ShownResult } from "./types";

/** Corrects a stored article's language (PATCH /api/articles/{id}); the report shows what the server answers. */
function LanguageChoice({ result, lng, label }: { result: ShownResult; lng: Lng; label: string }) {
  const [lang, setLang] = useState(result.lang ?? "");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { t } = useT("import");
  async function change(next: string) {
    const previous = lang;
    setLang(next);
    try {
      await send("PATCH", `/api/articles/${result.articleId}`, lng, { lang: next });
      setMessage({ text: t("report.langChanged"), error: false });
    } catch (error) {
      setLang(previous);
      setMessage({ text: (error as Error).message, error: true });
    }
  }
  return (
    <>
      <select aria-label={label} value={lang} onChange={(e) => void change(e.target.value)}>
        {contentLanguages.map((code) => (
          <option key={code} value={code}>
            {languageLabel(lng, code)}
          </option>
        ))}
      </select>
      {message && (
        <span className={message.error ? "form-status--error" : "muted"} role="status">
          {" "}
          {message.text}
        </span>
      )}
    </>
  );
}

/** The results of this session's imports: one row per file or per row of a JSON or CSV file. */
export function ImportReport({ results, lng }: { results: ShownResult[]; lng: Lng }) {
  const { t } = useT("import");
  const count = (...statuses: ShownResult["status"][]) => results.filter((r) => statuses.includes(r.status)).length;
  // an article imported twice in the session waits with the same candidates: counted once
  const waiting = [...new Map(results.map((r) => [r.articleId, r.waiting ?? 0])).values()].reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{t("report.heading")}</h2>
      {results.length === 0 ? (
        <p className="muted">{t("report.empty")}</p>
      ) : (
        <>
          <p className="import-summary" role="status">
            {[
              t("report.imported", { count: count("imported", "likelyDuplicate") }),
              ...(count("duplicate") ? [t("report.duplicates", { count: count("duplicate") })] : []),
              ...(count("failed") ? [t("report.failed", { count: count("failed") })] : []),
              ...(waiting ? [t("report.waitingTotal", { count: waiting })] : []),
            ].join(" · ")}
          </p>
          <Table
            label={t("report.heading")}
            className="import-report"
            headers={[
              t("report.file"),
              t("report.result"),
              t("report.article"),
              t("report.candidates"),
              t("report.language"),
            ]}
          >
            {results.map((r, i) => (
              <tr key={`${r.source}-${r.row ?? 0}-${i}`} className={`import-${r.status}`}>
                <td>
                  {r.pasted ? t("report.pasted") : r.source}
                  {r.row !== null && <span className="muted"> · {t("report.row", { row: r.row })}</span>}
                </td>
                <td>
                  <strong>{t(`status.${r.status}`)}</strong>
                  {r.error && <div className="form-status--error">{r.error.message}</div>}
                  {r.duplicateOf && (
                    <div>
                      {t("report.copyOf")} <Link href={`/${lng}/articles/${r.duplicateOf}`}>{r.duplicateOf}</Link>
                    </div>
                  )}
                </td>
                <td>
                  {r.articleId && (
                    <Link href={`/${lng}/articles/${r.articleId}`}>
                      <bdi>{r.title ?? t("report.open")}</bdi>
                    </Link>
                  )}
                </td>
                <td>
                  {r.articleId && r.waiting !== null && r.waiting !== undefined ? (
                    r.waiting > 0 ? (
                      <Link href={candidatesHref(lng, r.articleId)}>{t("report.waiting", { count: r.waiting })}</Link>
                    ) : (
                      <span className="muted">{t("report.noneWaiting")}</span>
                    )
                  ) : null}
                </td>
                <td>
                  {r.articleId && r.status !== "duplicate" ? (
                    <LanguageChoice result={r} lng={lng} label={t("report.changeLang", { title: r.title ?? "" })} />
                  ) : (
                    r.lang && languageLabel(lng, r.lang)
                  )}
                  {r.detectedLang && r.detectedLang !== r.lang && (
                    <div className="muted">{t("report.detected", { lang: languageName(lng, r.detectedLang) })}</div>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </section>
  );
}
