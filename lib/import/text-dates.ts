/** Dates as articles write them, in English, Ukrainian and Russian: "March 25, 2019", «25 березня 2019 року». */

export interface TextDate {
  /** null when the text gives only a day and a month ("MOSCOW, March 25") */
  year: number | null;
  month: number;
  day: number;
  /** where the date starts in the string searched, and how long it is */
  index: number;
  length: number;
}

/** Month names and their usual abbreviations, by month number; Ukrainian and Russian in the genitive of a date. */
const MONTHS: [number, string][] = [
  [1, "january|jan|січня|січ|января|янв"],
  [2, "february|feb|лютого|лют|февраля|фев"],
  [3, "march|mar|березня|бер|марта|мар"],
  [4, "april|apr|квітня|квіт|апреля|апр"],
  [5, "may|травня|трав|мая"],
  [6, "june|jun|червня|черв|июня|июн"],
  [7, "july|jul|липня|лип|июля|июл"],
  [8, "august|aug|серпня|серп|августа|авг"],
  [9, "september|sept|sep|вересня|вер|сентября|сент|сен"],
  [10, "october|oct|жовтня|жовт|октября|окт"],
  [11, "november|nov|листопада|лист|ноября|нояб|ноя"],
  [12, "december|dec|грудня|груд|декабря|дек"],
];
const monthOf = new Map(MONTHS.flatMap(([n, names]) => names.split("|").map((name) => [name, n] as const)));
const MONTH = `(${[...monthOf.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const ENGLISH_MONTH = `(${[...monthOf.keys()]
  .filter((m) => /^[a-z]/.test(m))
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
// "року", "р.", "года", "г." after a year; "," or "th" around an English day
const YEAR = String.raw`(\d{4})(?:\s*(?:року|р\.|года|г\.))?`;
const NOT_BEFORE = String.raw`(?<![\p{L}\d])`;
const NOT_AFTER = String.raw`(?![\p{L}\d])`;

const FORMS: { pattern: RegExp; parts: (m: RegExpExecArray) => [string | undefined, string, string] }[] = [
  // 2019-03-25, also 2019-03-25T10:00:00Z
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}(\d{4})-(\d{2})-(\d{2})(?!\d)`, "gu"),
    parts: (m) => [m[1], m[2]!, m[3]!],
  },
  // 25.03.2019
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}(\d{1,2})\.(\d{1,2})\.(\d{4})${NOT_AFTER}`, "gu"),
    parts: (m) => [m[3], m[2]!, m[1]!],
  },
  // 25 March 2019, 25 березня 2019 року, 25 марта
  {
    pattern: new RegExp(String.raw`${NOT_BEFORE}(\d{1,2})\s+${MONTH}(?:,?\s+${YEAR})?${NOT_AFTER}`, "giu"),
    parts: (m) => [m[3], m[2]!, m[1]!],
  },
  // March 25, 2019; Mar. 25th
  {
    pattern: new RegExp(
      String.raw`${NOT_BEFORE}${ENGLISH_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${NOT_AFTER}`,
      "giu",
    ),
    parts: (m) => [m[3], m[1]!, m[2]!],
  },
];

const realDate = (year: number | null, month: number, day: number) => {
  const d = new Date(Date.UTC(year ?? 2000, month - 1, day));
  return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/** Every date in a string, in the order they appear; a year outside 1900–2100 or a day not in the calendar is no date. */
export function datesIn(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const { pattern, parts } of FORMS) {
    for (const m of text.matchAll(pattern)) {
      const [y, mo, d] = parts(m as RegExpExecArray);
      const month = /^\d+$/.test(mo) ? Number(mo) : monthOf.get(mo.toLowerCase());
      const year = y === undefined ? null : Number(y);
      if (!month || (year !== null && (year < 1900 || year > 2100)) || !realDate(year, month, Number(d))) continue;
      const overlaps = found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length);
      // a full stop after "25 березня." or "Mar." ends the sentence or the dateline, not the date
      const length = m[0].endsWith(".") ? m[0].length - 1 : m[0].length;
      if (!overlaps) found.push({ year, month, day: Number(d), index: m.index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A date at the very start of a string ("25 марта — ..."), or null. */
export function dateAt(text: string): TextDate | null {
  const first = datesIn(text.slice(0, 40))[0];
  return first && first.index === 0 ? first : null;
}

/** "2019-03-25" for a date with its year. */
export const isoDate = (date: { year: number; month: number; day: number }) =>
  `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

/** A year on its own ("© 2019", "2019"), for a dateline that gives only a day and a month. */
export function yearIn(text: string): number | null {
  const year = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/.exec(text)?.[1];
  return year ? Number(year) : null;
}
