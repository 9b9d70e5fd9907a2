import { readDateline, OUTLET_NAME } from "./dateline";
import { isDebris, siteNameLine, withoutSiteName } from "./debris";
import { datesIn, isoDate, yearIn, type TextDate } from "./text-dates";

/** What the top of a plain text says about its article, beside the text itself. */
export interface TextHeading {
  title: string;
  /** the day, "2019-03-25", from a dateline or a date near the top; null when none gives its year */
  publishedAt: string | null;
  /** the outlet a dateline, a byline or a source line names */
  outlet: string | null;
}

/** How far down the top of an article reaches: its first lines, up to its third paragraph. */
const TOP_LINES = 40;
const TOP_PARAGRAPHS = 3;
const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

function topLines(text: string): string[] {
  const lines: string[] = [];
  let paragraphs = 0;
  for (const raw of text.split("\n")) {
    // a line longer than this is body text: its start is all a title or a dateline needs
    const line = raw.trim().slice(0, 1_000);
    if (!line) continue;
    lines.push(line);
    if (words(line) >= 12) paragraphs++;
    if (lines.length >= TOP_LINES || paragraphs >= TOP_PARAGRAPHS) break;
  }
  return lines;
}

/** A line that is a date and little else: "date 2019-03-25", "Monday, March 25, 2019 14:02", «25 березня 2019». */
function dateOfLine(line: string): TextDate | null {
  if (line.length > 200) return null;
  const [date] = datesIn(line);
  if (!date || readDateline(line)) return null;
  const others = `${line.slice(0, date.index)} ${line.slice(date.index + date.length)}`.match(/\p{L}{2,}/gu) ?? [];
  return others.length <= 4 ? date : null;
}

const BYLINE = /^(by|written by|authors?:|автор(и|ы)?:?)\s/iu;
const BYLINE_OUTLET = new RegExp(
  String.raw`^(?:by|written by|authors?:|автор(?:и|ы)?:?)\s.+?\s[|•·]\s*(${OUTLET_NAME})$`,
  "iu",
);
const SOURCE = new RegExp(
  String.raw`^(?:sources?|джерело|джерела|источник|источники)\s*:\s*(${OUTLET_NAME})\.?$`,
  "iu",
);

/** Menus copied as lines: three or more short lines in a row, without a full stop or a figure. */
function menuLines(lines: string[]): Set<number> {
  const short = lines.map((l) => words(l) <= 3 && l.length <= 30 && !/[.!?…:;»"”\d]$|\d/u.test(l));
  const menu = new Set<number>();
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && short[end]) end++;
    if (end - start >= 3) for (let i = start; i < end; i++) menu.add(i);
    start = Math.max(end, start + 1);
  }
  return menu;
}

const cut = (line: string) => {
  if (line.length <= 200) return line;
  const head = line.slice(0, 120);
  return `${head.slice(0, Math.max(head.lastIndexOf(" "), 60)).trim()}…`;
};

function titleOf(lines: string[], outlet: string | null): string | null {
  const menu = menuLines(lines);
  for (const [i, line] of lines.entries()) {
    if (menu.has(i) || isDebris(line) || words(line) < 2 || dateOfLine(line)) continue;
    if (BYLINE.test(line) || SOURCE.test(line)) continue;
    const dateline = readDateline(line);
    const title = dateline ? dateline.rest : line;
    if (title) return cut(withoutSiteName(title, outlet));
  }
  return null;
}

function dateOf(lines: string[]): string | null {
  const found = lines.flatMap((line) => {
    const date = readDateline(line)?.date ?? dateOfLine(line);
    return date ? [date] : [];
  });
  const full = found.find((d) => d.year !== null);
  if (full) return isoDate({ ...full, year: full.year! });
  // a dateline without its year ("МОСКВА, 25 марта —") takes the year a short line near it gives ("© 2019")
  const [first] = found;
  const year = lines
    .filter((l) => words(l) <= 8)
    .map(yearIn)
    .find((y) => y !== null);
  return first && year ? isoDate({ ...first, year }) : null;
}

const acceptable = (name: string | null | undefined) =>
  name && name.length <= 60 && words(name) <= 5 && !isDebris(name) && !datesIn(name).length ? name.trim() : null;

function outletOf(lines: string[], last: string[]): string | null {
  for (const line of lines) {
    const named = acceptable(readDateline(line)?.outlet);
    if (named) return named;
  }
  for (const line of [...lines, ...last]) {
    const named = acceptable(BYLINE_OUTLET.exec(line)?.[1] ?? SOURCE.exec(line)?.[1]);
    if (named) return named;
  }
  for (const line of lines) {
    const named = acceptable(siteNameLine(line));
    if (named) return named;
  }
  return null;
}

/**
 * The title, publication day and outlet the top of a plain text gives: the title is its first line
 * that is not page debris (menus, notices, the site's name, a date or byline alone), without a
 * dateline; a dateline or a date near the top gives the day; a dateline, a byline, a source line
 * or the site's name alone gives the outlet.
 */
export function readPlainText(text: string): TextHeading {
  const lines = topLines(text);
  // a source line may close the text instead ("Source: BBC News")
  const last = text
    .slice(-1_000)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3);
  const outlet = outletOf(lines, last);
  const first = lines[0] ?? "";
  return { title: titleOf(lines, outlet) ?? cut(first), publishedAt: dateOf(lines), outlet };
}
