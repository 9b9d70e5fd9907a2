"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Table } from "@/components/layout/table";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ImportLine } from "@/lib/annotations/store-exchange";
import { ApiError, send } from "@/lib/client/api";

interface Result {
  lines: ImportLine[];
  skipped: { ref: string }[];
  anchored: number;
  orphaned: number;
}

type State =
  | { step: "idle" }
  | { step: "busy" }
  | { step: "done"; result: Result }
  | { step: "failed"; message: string; details: { path: string; message: string }[] };

/**
 * Annotations made elsewhere (W3C JSON-LD or a Hypothesis export) brought onto the stored
 * articles: the file chosen is sent as it is to POST /api/exchange/annotations at once, then
 * a line per annotation says where it landed, or the refusal says what it names.
 */
export function AnnotationImport({ lng, maxMegabytes }: { lng: Lng; maxMegabytes: number }) {
  const { t } = useT("import");
  const inputId = useId();
  const [state, setState] = useState<State>({ step: "idle" });

  async function upload(file: File) {
    setState({ step: "busy" });
    try {
      const result = await send<Result>("POST", "/api/exchange/annotations", lng, file, "application/json");
      setState({ step: "done", result });
    } catch (error) {
      setState({
        step: "failed",
        message: (error as Error).message,
        details: error instanceof ApiError ? error.details : [],
      });
    }
  }

  return (
    <section aria-labelledby={`${inputId}-title`} className="annotation-import">
      <h2 id={`${inputId}-title`}>{t("annotations.title")}</h2>
      <p>{t("annotations.intro")}</p>
      <label className="drop-zone">
        <span className="button-like">{t("annotations.choose")}</span>
        <input
          id={inputId}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className="visually-hidden"
          aria-label={t("annotations.file")}
          disabled={state.step === "busy"}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void upload(file);
          }}
        />
      </label>
      <p className="muted">{t("annotations.limit", { max: maxMegabytes })}</p>
      <div role="status" aria-live="polite">
        {state.step === "busy" && <p>{t("annotations.busy")}</p>}
        {state.step === "done" && (
          <p>
            {t("annotations.summary", {
              count: state.result.lines.length,
              anchored: state.result.anchored,
              orphaned: state.result.orphaned,
            })}
            {state.result.skipped.length > 0 && (
              <> {t("annotations.skipped", { count: state.result.skipped.length })}</>
            )}
          </p>
        )}
      </div>
      {state.step === "failed" && (
        <div role="alert" className="error">
          <p>{state.message}</p>
          {state.details.length > 0 && (
            <ul>
              {state.details.map((d) => (
                <li key={`${d.path}:${d.message}`}>
                  <bdi>{d.path}</bdi>: <bdi>{d.message}</bdi>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.step === "done" && state.result.lines.length > 0 && (
        <Table
          label={t("annotations.title")}
          headers={[t("annotations.annotation"), t("annotations.result"), t("annotations.article")]}
        >
          {state.result.lines.map((line) => (
            <tr key={line.ref}>
              <td>
                <bdi>{line.ref}</bdi>
              </td>
              <td>
                <span className={line.status === "orphaned" ? "badge badge--alert" : "badge"}>
                  {t(`annotations.status.${line.status}`)}
                </span>{" "}
                {line.by ? t(`annotations.by.${line.by}`) : line.reason ? t(`annotations.reason.${line.reason}`) : null}
              </td>
              <td>
                <Link href={`/${lng}/articles/${line.articleId}${line.notes[0] ? `#note-${line.notes[0]}` : ""}`}>
                  {t("annotations.openArticle")}
                </Link>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
