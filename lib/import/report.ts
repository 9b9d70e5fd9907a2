import type { TFunction } from "i18next";
import type { ImportResult } from "./store";

/** What a failed file or row leaves empty: nothing was stored. */
export const nothingStored = {
  status: "failed",
  articleId: null,
  duplicateOf: null,
  candidates: null,
  waiting: null,
  title: null,
  lang: null,
  detectedLang: null,
  encoding: null,
} as const;

/** An import result as JSON: the error as its code and a message in the caller's language. */
export function reportResult(result: ImportResult, t: TFunction<"import">) {
  const { error, ...rest } = result;
  return { ...rest, error: error && { code: error.code, message: t(`errors.${error.code}`, error.values) as string } };
}
export type ReportedResult = ReturnType<typeof reportResult>;

export function summarize(results: { status: ImportResult["status"] }[]) {
  const count = (...statuses: ImportResult["status"][]) => results.filter((r) => statuses.includes(r.status)).length;
  return {
    imported: count("imported", "likelyDuplicate"),
    likelyDuplicates: count("likelyDuplicate"),
    duplicates: count("duplicate"),
    failed: count("failed"),
  };
}
