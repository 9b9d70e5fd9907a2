import { parse } from "csv-parse/sync";
import { z } from "zod";
import { blankIsNull } from "@/lib/domain/schemas";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { ImportError } from "./errors";

/** The fields of an article in a JSON or CSV import. */
export const recordFields = ["outlet", "title", "url", "publishedAt", "lang", "text"] as const;
export const requiredFields = ["text"] as const;
/** Most articles one JSON or CSV file may hold. */
export const MAX_ROWS = 1_000;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    blankIsNull,
    schema
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  );

/** One article as JSON or CSV gives it; text is normalised later, with every other source's. */
export const articleRecord = z
  .object({
    title: optional(z.string().trim().max(500)),
    text: z.preprocess(blankIsNull, z.string()),
    outlet: optional(z.string().trim().max(200)),
    url: optional(
      z
        .string()
        .trim()
        .max(2_000)
        .url()
        .refine((u) => /^https?:\/\//i.test(u), "not a web address"),
    ),
    publishedAt: optional(
      z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "not a date")
        .refine((d) => !Number.isNaN(Date.parse(d)), "not a date"),
    ),
    lang: optional(z.enum(contentLanguages)),
  })
  .strict();
export type ArticleRecord = z.output<typeof articleRecord>;

export type RecordResult = { row: number; record: ArticleRecord } | { row: number; error: ImportError };

function check(row: number, value: unknown): RecordResult {
  const parsed = articleRecord.safeParse(value);
  if (parsed.success) return { row, record: parsed.data };
  const missing = parsed.error.issues
    .filter((i) => i.code === "invalid_type" && (i as { input?: unknown }).input == null)
    .map((i) => String(i.path[0]));
  if (missing.length) return { row, error: new ImportError("missingFields", { fields: missing.join(", ") }) };
  const unknown = parsed.error.issues.find((i) => i.code === "unrecognized_keys") as { keys?: string[] } | undefined;
  if (unknown?.keys) return { row, error: new ImportError("unknownColumns", { fields: unknown.keys.join(", ") }) };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? "");
  if (field === "lang")
    return { row, error: new ImportError("language", { detected: String((value as Record<string, unknown>).lang) }) };
  return { row, error: new ImportError("invalidField", { fields: field, reason: issue.message }) };
}

/** A JSON file: one article object, an array of them, or { "articles": [...] }. Rows count from 1. */
export function parseJsonRecords(text: string): RecordResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError("json", { reason: (error as Error).message });
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === "object" && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  if (list.length === 0) throw new ImportError("empty");
  if (list.length > MAX_ROWS) throw new ImportError("tooManyRows", { max: MAX_ROWS });
  return list.map((item, i) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? check(i + 1, item)
      : { row: i + 1, error: new ImportError("invalidField", { fields: "", reason: "not an object" }) },
  );
}

/**
 * A CSV file with a header row naming some of the record fields (text at least, in
 * any order). Rows count from 1 after the header; a row with more or fewer
 * fields than the header is refused on its own.
 */
export function parseCsvRecords(text: string): RecordResult[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new ImportError("csv", { reason: (error as Error).message.replace(/\s+/g, " ").slice(0, 200) });
  }
  const [header, ...body] = rows;
  if (!header || body.length === 0) throw new ImportError("empty");
  if (body.length > MAX_ROWS) throw new ImportError("tooManyRows", { max: MAX_ROWS });
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !(recordFields as readonly string[]).includes(n));
  if (unknown.length) throw new ImportError("unknownColumns", { fields: unknown.join(", ") });
  const missing = requiredFields.filter((f) => !names.includes(f));
  if (missing.length) throw new ImportError("missingFields", { fields: missing.join(", ") });
  return body.map((cells, i) => {
    if (cells.length !== names.length)
      return { row: i + 1, error: new ImportError("columns", { expected: names.length, found: cells.length }) };
    return check(i + 1, Object.fromEntries(names.map((n, j) => [n, cells[j]])));
  });
}
