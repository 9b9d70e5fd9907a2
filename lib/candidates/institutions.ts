import type { Antecedent } from "./references";
import { organisationWords } from "./speech-lexicon";
import { overlaps, type Range } from "./text";

const lower = (w: string) => w.toLowerCase();

// "Міністерство оборони Росії", "Министерство финансов США", "Служба безпеки України": lowercase words inside
const INSTITUTION = /(?<!\p{L})(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Ll}[\p{L}'’-]+){1,2}\s+\p{Lu}[\p{L}'’-]+/gu;

/** Institutions named with lowercase words inside, which runs of capitals miss: antecedents of «відомство». */
export function institutionsIn(text: string, paragraph: Range, mentions: Range[]): Antecedent[] {
  const found: Antecedent[] = [];
  for (const m of text.slice(paragraph.start, paragraph.end).matchAll(INSTITUTION)) {
    const range = { start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length };
    if (!organisationWords.test(lower(m[1]!)) || mentions.some((x) => overlaps(x, range))) continue;
    // in English only function words stand lowercase inside a name: "Ministry of Defence", not "Ministry of striking Wagner"
    const inside = m[0].split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w));
    if (/\p{Script=Latin}/u.test(m[1]!) && !inside.every((w) => /^(?:of|for|the|and|on)$/u.test(w))) continue;
    const speaker = { entityId: null, text: m[0] };
    found.push({ speaker, start: range.start, kind: "organisation", gender: null, roles: [], sure: true });
  }
  return found;
}
