import { readDateline } from "@/lib/import/dateline";
import { isAbbreviation } from "./tokens";

/** A range of the stored text. */
export interface Range {
  start: number;
  end: number;
}

const FURNITURE = new RegExp(
  String.raw`^(?:[©®]|(?:photo|photograph|image|picture|credit|source|read more|read full article|related|advertisement|share|subscribe|` +
    String.raw`фото|світлина|джерело|читайте також|реклама|поділитися|підписуйтесь|` +
    String.raw`источник|читайте также|поделиться|подписывайтесь)(?!\p{L}))`,
  "iu",
);
const BULLET = /^[•·▪●◦*–-]\s*/u;
// A reader comment begins with its author, a name of one to three words: "2. skinner15 says",
// "Олена пише:". A headline such as "Kremlin denies it, Peskov says" is not one.
const COMMENT_HEADER =
  /^(?:\d+\.\s+)?[^\s,.!?"“”«»]+(?:\s[^\s,.!?"“”«»]+){0,2}\s(?:says|said|wrote|replied|пише|написав|написала|відповів|пишет|написал|написала|ответил)\s*:?$/iu;
// "Most read", «Самое читаемое»: a heading of a list of other stories ("1 Omicron: what we know so far")
const MORE_STORIES =
  /^(?:most read|most popular|most viewed|найпопулярніше|популярне|самое читаемое|популярное)\s*:?$/iu;
const LIST_ITEM = /^\d{1,2}[.)]?\s+\S.*[^.!?…]$/u;
const COMMENTS_HEADING =
  /^(?:comments?|reader comments|коментарі|коментарів|комментарии|комментариев)(?:\s*\(\d+\))?\s*:?$/iu;

/**
 * The paragraphs of an article that are its prose: blank lines, credits ("© Zach
 * Gibson"), captions of a few words, "Source:" lines and everything from the first
 * reader comment on, and the numbered list under a "Most read" heading, are left out. Offsets are the stored text's, trimmed.
 */
export function bodyParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  let offset = 0;
  let inList = false;
  for (const line of text.split("\n")) {
    const start = offset + (line.length - line.trimStart().length);
    const trimmed = line.trim();
    offset += line.length + 1;
    if (!trimmed) continue;
    if (COMMENT_HEADER.test(trimmed) || COMMENTS_HEADING.test(trimmed)) break;
    if (MORE_STORIES.test(trimmed)) inList = true;
    if (inList && (MORE_STORIES.test(trimmed) || LIST_ITEM.test(trimmed))) continue;
    inList = false;
    if (FURNITURE.test(trimmed)) continue;
    if (BULLET.test(trimmed) && trimmed.replace(BULLET, "").split(/\s+/u).length <= 3) continue;
    paragraphs.push({ start, end: start + trimmed.length });
  }
  return paragraphs;
}

const segmenters = new Map<string, Intl.Segmenter>();

// "Gen. Vasily", "Dr. Smith": a title's full stop never ends a sentence
const TITLE = /(?<!\p{L})(?:gen|dr|mr|mrs|ms|st|col|lt|sgt|gov|sen|rep)\.$/iu;

/** Whether a segment ends on an abbreviation that does not end the sentence: "Nov. 26", "Gen. Vasily", "млн. рублей". */
function endsOnAbbreviation(segment: string, next: string): boolean {
  const last = /\S+$/u.exec(segment)?.[0] ?? "";
  if (TITLE.test(last)) return true;
  return isAbbreviation(last.replace(/^\p{P}+/u, "")) && /^[\p{Ll}\p{N}]/u.test(next);
}

/**
 * The sentences of a paragraph, by the language's rules (Intl.Segmenter), trimmed, after its
 * dateline if it opens with one; an abbreviation ends none.
 */
export function sentencesOf(text: string, paragraph: Range, lang: string): Range[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "sentence" })));
  const sentences: Range[] = [];
  // a dateline opening the paragraph ("HAVANA, March 26 —", «МОСКВА, 25 марта. /ТАСС/.») is no one's words
  const words = text.slice(paragraph.start, paragraph.end);
  const dateline = readDateline(words);
  const opening = paragraph.start + (dateline ? words.length - dateline.rest.length : 0);
  for (const s of segmenter.segment(words)) {
    // a leading bullet ("• Comes after…") is not part of the sentence
    const lead = /^[\s•·▪●◦]*/u.exec(s.segment)![0].length;
    const start = Math.max(opening, paragraph.start + s.index + lead);
    const end = paragraph.start + s.index + s.segment.trimEnd().length;
    if (end <= start) continue;
    const prev = sentences[sentences.length - 1];
    if (prev && endsOnAbbreviation(text.slice(prev.start, prev.end), text.slice(start, end))) prev.end = end;
    else sentences.push({ start, end });
  }
  return sentences;
}

/** A quotation: the marks around it and the words inside. */
export interface Quotation {
  open: number;
  close: number;
  /** the quoted words, without the marks, surrounding spaces or a trailing comma */
  inner: Range;
}

const PAIRS: Record<string, string[]> = { "“": ["”", "“"], "«": ["»"], "„": ["“", "”"], '"': ['"'], "‘": ["’"] };

/**
 * The quotations of a paragraph: “…”, «…», „…“, "…" and ‘…’. An apostrophe
 * ("That’s", "п’ять") never closes a quotation, and «…» may nest.
 */
export function quotationsOf(text: string, paragraph: Range): Quotation[] {
  const found: Quotation[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const mark = text[i]!;
    const closers = PAIRS[mark];
    if (!closers) continue;
    if (mark === "‘" && /\p{L}/u.test(text[i - 1] ?? "")) continue;
    if (mark === '"' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/\s/u.test(text[i + 1] ?? " ")) continue;
    let depth = 0;
    let close = -1;
    for (let j = i + 1; j < paragraph.end; j++) {
      const c = text[j]!;
      if (mark === "«" && c === "«") depth++;
      else if (closers.includes(c)) {
        if (c === "’" && /\p{L}/u.test(text[j + 1] ?? "")) continue; // an apostrophe
        if (depth === 0) {
          close = j;
          break;
        }
        depth--;
      }
    }
    if (close < 0) continue;
    let [start, end] = [i + 1, close];
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
    if (end > start) found.push({ open: i, close, inner: { start, end } });
    i = close;
  }
  return found;
}

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
export const within = (inner: Range, outer: Range) => outer.start <= inner.start && inner.end <= outer.end;

// A name in quotation marks: «Ростех», "Роскосмос", “Naftogaz” (one to four words, the first capitalised).
const QUOTED_NAME = /^\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,3}$/u;

/**
 * The text with the quotation marks around names blanked, offsets kept: Russian and
 * Ukrainian write organisations in quotation marks («"Ростех" опроверг»), which would
 * otherwise end the words naming a speaker.
 */
export function unquoteNames(text: string, paragraphs: Range[]): string {
  const marks: number[] = [];
  for (const paragraph of paragraphs)
    for (const q of quotationsOf(text, paragraph))
      if (QUOTED_NAME.test(text.slice(q.inner.start, q.inner.end))) marks.push(q.open, q.close);
  if (marks.length === 0) return text;
  marks.sort((a, b) => a - b);
  let out = "";
  let from = 0;
  for (const at of marks) {
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return out + text.slice(from);
}
