import type { Lng } from "@/i18n/settings";
import { ApiError, send } from "@/lib/client/api";
import type { ContentLanguage } from "@/lib/domain/vocabulary";
import { nothingStored, type ReportedResult } from "@/lib/import/report";

export type { ReportedResult };
/** A result as the report shows it: a pasted text is named as such, in the reader's language. */
export type ShownResult = ReportedResult & { pasted?: boolean };
export type ImportLanguageChoice = "" | ContentLanguage;

export interface ImportOptions {
  language: ImportLanguageChoice;
  outlet: string;
  event: string;
}

/** Sends one file to POST /api/import; a refusal of the whole request comes back as one failed result. */
export async function uploadFile(
  file: Blob,
  name: string,
  options: ImportOptions,
  lng: Lng,
): Promise<ReportedResult[]> {
  const query = new URLSearchParams({ name, language: options.language, outlet: options.outlet, event: options.event });
  try {
    return (
      await send<{ results: ReportedResult[] }>("POST", `/api/import?${query}`, lng, file, "application/octet-stream")
    ).results;
  } catch (error) {
    const code = (error instanceof ApiError ? error.code : "network") as NonNullable<ReportedResult["error"]>["code"];
    return [{ source: name, row: null, ...nothingStored, error: { code, message: (error as Error).message } }];
  }
}
