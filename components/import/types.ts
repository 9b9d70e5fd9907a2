import type { ReportedResult } from "@/lib/import/report";

export type { ReportedResult };
export type ImportLanguageChoice = "" | "en" | "uk" | "ru";

export interface ImportOptions {
  language: ImportLanguageChoice;
  outlet: string;
  event: string;
}

/** Sends one file to POST /api/import; a refusal of the whole request comes back as one failed result. */
export async function uploadFile(file: Blob, name: string, options: ImportOptions, lng: string): Promise<ReportedResult[]> {
  const query = new URLSearchParams({ name, lang: lng, language: options.language, outlet: options.outlet, event: options.event });
  try {
    const response = await fetch(`/api/import?${query}`, { method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file });
    const body = (await response.json()) as { results?: ReportedResult[]; error?: string; code?: string };
    if (response.ok && body.results) return body.results;
    return [failure(name, body.code ?? "internal", body.error ?? String(response.status))];
  } catch (error) {
    return [failure(name, "network", (error as Error).message)];
  }
}

const failure = (source: string, code: string, message: string): ReportedResult => ({
  source,
  row: null,
  status: "failed",
  articleId: null,
  duplicateOf: null,
  title: null,
  lang: null,
  detectedLang: null,
  encoding: null,
  error: { code: code as never, message },
});
