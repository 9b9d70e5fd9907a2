import { dateAt, type TextDate } from "./text-dates";

/** What a dateline opening a paragraph says: "MOSCOW, March 25 (Reuters) -", «КИЇВ, 25 березня. /Укрінформ/.» */
export interface Dateline {
  place: string;
  date: TextDate | null;
  outlet: string | null;
  /** the paragraph after its dateline */
  rest: string;
}

// A place in capitals ("MOSCOW", "NEW YORK", "РІО-ДЕ-ЖАНЕЙРО"), then perhaps a region as written ("KYIV, Ukraine")
const PLACE = /^([\p{Lu}][\p{Lu}'’.-]*(?:\s[\p{Lu}][\p{Lu}'’.-]*){0,3})(?=[\s,(./—–-])/u;
const REGION = /^,\s*([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?)(?=\s*[,(—–-])/u;
/** A name an outlet goes by: a few words, no sentence in it. */
export const OUTLET_NAME = String.raw`[\p{L}\d][\p{L}\d&'’.-]*(?:\s[\p{L}\d&][\p{L}\d&'’.-]*){0,4}`;
const IN_PARENTHESES = new RegExp(String.raw`^\s*\((${OUTLET_NAME})\)`, "u");
const IN_SLASHES = new RegExp(String.raw`^\s*\.?\s*/(${OUTLET_NAME})/\.?`, "u");
// «— РИА Новости.»: the agency after the dash, each word capitalised, its name closed by a full stop
const AFTER_DASH = /^\s*[—–-]\s*(\p{Lu}[\p{L}\d&'’.-]*(?:\s[\p{Lu}\d&][\p{L}\d&'’.-]*){0,3})\.(?=\s|$)/u;
const END = /^\s*([—–-]+|\.|:)?\s*/u;

/**
 * The dateline a paragraph opens with: a place in capitals, then a date, an outlet or both, then a
 * dash or a full stop. Null when the paragraph opens otherwise ("NATO said on Monday..." is no dateline).
 */
export function readDateline(paragraph: string): Dateline | null {
  const place = PLACE.exec(paragraph);
  if (!place || place[1]!.replace(/[^\p{L}]/gu, "").length < 3) return null;
  let at = place[0].length;
  const region = REGION.exec(paragraph.slice(at));
  if (region && !dateAt(region[1]!)) at += region[0].length;
  let date: TextDate | null = null;
  const comma = /^,?\s*/.exec(paragraph.slice(at))![0];
  const dated = dateAt(paragraph.slice(at + comma.length));
  if (dated) {
    date = dated;
    at += comma.length + dated.length;
  }
  let outlet: string | null = null;
  for (const form of [IN_PARENTHESES, IN_SLASHES]) {
    const named = form.exec(paragraph.slice(at));
    if (named) {
      outlet ??= named[1]!;
      at += named[0].length;
    }
  }
  if (!outlet && date) {
    const named = AFTER_DASH.exec(paragraph.slice(at));
    if (named) return { place: place[1]!, date, outlet: named[1]!, rest: paragraph.slice(at + named[0].length).trim() };
  }
  const end = END.exec(paragraph.slice(at))!;
  // a date with nothing after it but words is a sentence that opens with a place, not a dateline
  if ((!date && !outlet) || (!end[1] && !outlet && at < paragraph.length)) return null;
  return { place: place[1]!, date, outlet, rest: paragraph.slice(at + end[0].length).trim() };
}
