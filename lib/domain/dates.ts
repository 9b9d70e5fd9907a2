import { z } from "zod";
import { blankIsNull } from "./schemas";
import type { DatePrecision } from "./vocabulary";

/** Dates as people give them: a calendar day, or a year and month when the day is not known. */

const realDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

/** A calendar day, "2019-03-25", as midnight UTC; "2019-02-30" is refused. */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date as YYYY-MM-DD" })
  .refine(realDay, { message: "is not a date in the calendar" })
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** An optional day from a form or JSON: blank or null clears it, left out leaves it. */
export const optionalDay = z.preprocess(blankIsNull, isoDay.nullable()).optional();

/** A day or only a month, as text: the form's input pattern and the server's check alike. */
export const PUBLICATION_DATE_PATTERN = String.raw`\d{4}-\d{2}(-\d{2})?`;

/** A publication date: a day ("2019-03-25") or only a month ("2019-03"), stored as its first day. */
export const publicationDate = z
  .string()
  .trim()
  .regex(new RegExp(`^${PUBLICATION_DATE_PATTERN}$`), { message: "must be a date as YYYY-MM-DD or YYYY-MM" })
  .refine((s) => realDay(s.length === 7 ? `${s}-01` : s), { message: "is not a date in the calendar" })
  .transform((s) => ({
    publishedAt: new Date(`${s.length === 7 ? `${s}-01` : s}T00:00:00Z`),
    datePrecision: (s.length === 7 ? "month" : "day") as DatePrecision,
  }));

/** A day as "YYYY-MM-DD", or null. */
export const dayOf = (date: Date | null): string | null => date?.toISOString().slice(0, 10) ?? null;

/**
 * An article's publication date as the API and the pages give it: the full ISO
 * moment when the day is known, "YYYY-MM" when only the month is. Both sort as text.
 */
export function publishedOn(row: { publishedAt: Date | null; datePrecision: DatePrecision }): string | null {
  if (!row.publishedAt) return null;
  return row.datePrecision === "month" ? row.publishedAt.toISOString().slice(0, 7) : row.publishedAt.toISOString();
}

/** What a date field shows to edit a publication date: "2019-03-25" or "2019-03". */
export const publishedInput = (published: string | null): string =>
  published ? published.slice(0, published.length === 7 ? 7 : 10) : "";
