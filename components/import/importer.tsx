"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/forms/field";
import { FormMemory, forgetDraft } from "@/components/forms/form-memory";
import { useLazyChoices, type Option } from "@/components/forms/lazy-choices";
import { useT } from "@/i18n/client";
import { languageLabel } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { useSessionState } from "@/lib/client/session-state";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { ImportReport } from "./report";
import { uploadFile, type ImportLanguageChoice, type ImportOptions, type ShownResult } from "./types";

type QueueItem = { id: number; file: File; state: "waiting" | "working" | ShownResult["status"] };

const ACCEPT = ".txt,.md,.html,.htm,.json,.csv,text/plain,text/markdown,text/html,application/json,text/csv";

/**
 * The import screen: options shared by every article, then files (chosen or dropped,
 * sent one at a time so each shows its own progress) or pasted text, and a report of
 * every result in this session.
 */
export function Importer({
  lng,
  event,
  maxMegabytes,
}: {
  lng: Lng;
  /** the event to import into, when the page was opened from one */
  event: Option | null;
  maxMegabytes: number;
}) {
  const { t } = useT("import");
  // every open event is read when the browser is idle or the list is opened, not sent with the page
  const events = useLazyChoices(lng, "/api/events?choices=1", event ? [event] : []);
  // the options, the tab and the report outlive a language switch or a visit elsewhere in this tab
  const [options, setOptions] = useSessionState<ImportOptions>("import:options", {
    language: "",
    outlet: "",
    event: "",
  });
  // opened from an event ("Import articles into it"): that event, whatever this tab chose before
  const chosen = event?.id;
  useEffect(() => {
    if (chosen) setOptions((o) => ({ ...o, event: chosen }));
  }, [chosen, setOptions]);
  const [tab, setTab] = useSessionState<"files" | "paste">("import:tab", "files");
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useSessionState<ShownResult[]>("import:results", []);
  const nextId = useRef(1);

  const add = (files: FileList | null) => {
    if (!files?.length) return;
    const added = Array.from(files).map((file) => ({ id: nextId.current++, file, state: "waiting" as const }));
    setQueue((q) => [...q.filter((item) => item.state === "waiting"), ...added]);
  };
  const setState = (id: number, state: QueueItem["state"]) =>
    setQueue((q) => q.map((item) => (item.id === id ? { ...item, state } : item)));

  async function run() {
    setRunning(true);
    for (const item of queue.filter((i) => i.state === "waiting")) {
      setState(item.id, "working");
      const answer = await uploadFile(item.file, item.file.name, options, lng);
      setResults((r) => [...answer, ...r]);
      // A file is "failed" only when nothing in it was stored; its rows are in the report either way.
      setState(item.id, answer.find((a) => a.status !== "failed")?.status ?? "failed");
    }
    setRunning(false);
  }

  async function paste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const record = {
      title: field("title"),
      text: String(form.get("text") ?? ""),
      url: field("url"),
      publishedAt: field("publishedAt"),
    };
    setRunning(true);
    const answer = await uploadFile(
      new Blob([JSON.stringify(record)], { type: "application/json" }),
      `${t("paste.name")}.json`,
      options,
      lng,
    );
    // one pasted text is one article: reported as pasted text, not as a row of a file
    setResults((r) => [...answer.map((a) => ({ ...a, source: "", row: null, pasted: true })), ...r]);
    setRunning(false);
    if (answer.every((a) => a.status !== "failed")) {
      element.reset();
      forgetDraft(element);
    }
  }

  const waiting = queue.filter((i) => i.state === "waiting").length;
  const done = queue.filter((i) => i.state !== "waiting" && i.state !== "working").length;
  const set = <K extends keyof ImportOptions>(key: K, value: ImportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));

  return (
    <div className="importer">
      <fieldset className="import-options">
        <legend>{t("options.legend")}</legend>
        <div className="field">
          <label htmlFor="import-language">{t("options.lang")}</label>
          <select
            id="import-language"
            value={options.language}
            onChange={(e) => set("language", e.target.value as ImportLanguageChoice)}
          >
            <option value="">{t("options.detect")}</option>
            {contentLanguages.map((code) => (
              <option key={code} value={code}>
                {languageLabel(lng, code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <Field
            label={t("options.outlet")}
            hint={t("options.outletHint")}
            name="outlet"
            maxLength={200}
            value={options.outlet}
            onChange={(e) => set("outlet", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="import-event">{t("options.event")}</label>
          <select
            id="import-event"
            value={options.event}
            onChange={(e) => set("event", e.target.value)}
            onFocus={events.load}
            onPointerDown={events.load}
            aria-busy={events.loading}
          >
            <option value="">{t("options.noEvent")}</option>
            {events.options.map((e) => (
              <option dir="auto" key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <div role="tablist" className="tabs">
        {(["files", "paste"] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>

      {tab === "files" ? (
        <div role="tabpanel" aria-label={t("tabs.files")}>
          <label
            className="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              add(e.dataTransfer.files);
            }}
          >
            <span className="button-like">{t("files.choose")}</span> <span className="muted">{t("files.drop")}</span>
            <input
              type="file"
              multiple
              accept={ACCEPT}
              className="visually-hidden"
              onChange={(e) => (add(e.target.files), (e.target.value = ""))}
            />
          </label>
          <p className="muted">{t("files.accepted", { max: maxMegabytes })}</p>
          {queue.length > 0 && (
            <>
              <p>
                <progress
                  max={queue.length}
                  value={done}
                  aria-label={t("files.progress", { done, count: queue.length })}
                />{" "}
                <span role="status">{t("files.progress", { done, count: queue.length })}</span>
              </p>
              <ul className="import-queue">
                {queue.map((item) => (
                  <li key={item.id} className={`import-${item.state}`}>
                    <span>{item.file.name}</span>{" "}
                    <span className="muted">
                      {new Intl.NumberFormat(lng, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }).format(
                        item.file.size / 1024,
                      )}
                    </span>{" "}
                    <strong>{t(`status.${item.state}`)}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="actions">
            <button type="button" disabled={running || waiting === 0} onClick={() => void run()}>
              {t("files.start", { count: waiting })}
            </button>{" "}
            {queue.length > 0 && !running && (
              <button type="button" onClick={() => setQueue([])}>
                {t("files.clear")}
              </button>
            )}
          </p>
        </div>
      ) : (
        <div role="tabpanel" aria-label={t("tabs.paste")}>
          <form className="stack" onSubmit={(e) => void paste(e)}>
            <FormMemory name="paste" />
            <Field label={t("paste.title")} hint={t("paste.titleHint")} name="title" maxLength={500} />
            <div className="field">
              <label htmlFor="paste-text">{t("paste.text")}</label>
              <textarea id="paste-text" name="text" rows={12} required />
            </div>
            <div className="inline-fields">
              <div className="field">
                <label htmlFor="paste-url">{t("paste.url")}</label>
                <input id="paste-url" name="url" type="url" maxLength={2000} />
              </div>
              <div className="field">
                <label htmlFor="paste-date">{t("paste.publishedAt")}</label>
                <input id="paste-date" name="publishedAt" type="date" />
              </div>
            </div>
            <p className="actions">
              <button type="submit" disabled={running}>
                {running ? t("status.working") : t("paste.submit")}
              </button>
            </p>
          </form>
        </div>
      )}

      <ImportReport results={results} lng={lng} />
    </div>
  );
}
