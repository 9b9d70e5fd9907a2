import type { EntityMatcher } from "./entities";
import { institutionsIn } from "./institutions";
import type { Speaker } from "./speech";
import {
  commentatorRoles,
  institutionNouns,
  notOfName,
  organisationWords,
  outletNouns,
  outletWords,
  personalPronouns,
  roleNouns,
} from "./speech-lexicon";
import { overlaps, type Range } from "./text";

export type AgentKind = "person" | "outlet" | "organisation";
export type Gender = "m" | "f";

/** A name in the article that a later pronoun or short reference may stand for. */
export interface Antecedent {
  speaker: Speaker;
  start: number;
  kind: AgentKind | null;
  gender: Gender | null;
  /** the role it was introduced with, lower-cased: "expert", "эксперта", "minister" */
  roles: string[];
  /** a known entity, a name with a role, or one that spoke: sure enough for a pronoun to stand for */
  sure: boolean;
}

// Capitalised words in a row; a role or an organisation word among them splits a name off ("Foreign Minister Jorge Arreas").
const CAPITALS = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const lower = (w: string) => w.toLowerCase().replace(/['’]s$/u, "");
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Ukrainian and Russian names decline: "Майорка", "Майорку", "Майорки" are one word
const sameWord = (a: string, b: string) => {
  const [x, y] = [lower(a), lower(b)];
  if (x === y) return true;
  if (!CYRILLIC.test(x) || !CYRILLIC.test(y) || Math.min(x.length, y.length) < 4) return false;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= Math.max(x.length, y.length) - 2;
};

/** What a name looks like: an outlet, an organisation or a person, when its words say so. */
export function kindOfName(words: string[], entityKind?: string | null): AgentKind | null {
  if (
    words.some((w) =>
      lower(w)
        .split(/-/u)
        .some((part) => outletWords.test(part)),
    )
  )
    return "outlet";
  if (entityKind === "person" || entityKind === "outlet") return entityKind;
  if (entityKind) return "organisation";
  if (words.some((w) => organisationWords.test(lower(w)))) return "organisation";
  if (words.length >= 2 && words.length <= 3 && words.every((w) => w !== w.toUpperCase())) return "person";
  return null;
}

/** What an entity of no declared kind looks like by all its names: an acronym ("США", "US") is no person's. */
function kindOfEntity(names: readonly string[]): AgentKind | null {
  const kinds = names
    .map((n) => n.split(/\s+/u))
    .map(
      (words) =>
        kindOfName(words) ?? (words.length === 1 && words[0] === words[0]!.toUpperCase() ? "organisation" : null),
    );
  if (kinds.includes("outlet")) return "outlet";
  if (kinds.includes("organisation")) return "organisation";
  return kinds.includes("person") ? "person" : null;
}

// what each known entity looks like, worked out once per matcher
const entityKinds = new WeakMap<EntityMatcher, Map<string, AgentKind | string | null>>();
function kindOfKnown(matcher: EntityMatcher, entityId: string): AgentKind | string | null {
  let kinds = entityKinds.get(matcher);
  if (!kinds) entityKinds.set(matcher, (kinds = new Map()));
  if (!kinds.has(entityId)) kinds.set(entityId, matcher.kindOf(entityId) ?? kindOfEntity(matcher.namesOf(entityId)));
  return kinds.get(entityId)!;
}

/**
 * The names of an article in order, outside quotations: known entities and runs of
 * capitalised words, each with what it looks like and the role it came with.
 */
export function namesOf(text: string, paragraphs: Range[], quotations: Range[], matcher: EntityMatcher): Antecedent[] {
  const found: Antecedent[] = [];
  for (const paragraph of paragraphs) {
    const mentions = matcher.find(text, paragraph.start, paragraph.end);
    for (const m of mentions) {
      if (quotations.some((q) => overlaps(q, m))) continue;
      const speaker = { entityId: m.entityId, text: text.slice(m.start, m.end) };
      const kind = kindOfKnown(matcher, m.entityId);
      found.push({ ...antecedent(text, m, speaker, [], kind), sure: true });
    }
    found.push(...institutionsIn(text, paragraph, mentions));
    for (const run of text.slice(paragraph.start, paragraph.end).matchAll(CAPITALS)) {
      let words: RegExpMatchArray[] = [];
      const flush = () => {
        note(
          words.map((w) => [w[0], paragraph.start + run.index + w.index!] as const),
          mentions,
        );
        words = [];
      };
      for (const w of run[0].matchAll(/\S+/gu)) {
        const word = lower(w[0]);
        const keepThe = word === "the" && words.length === 0;
        if (!keepThe && (roleNouns.test(word) || outletNouns.test(word) || notOfName.test(word))) flush();
        else words.push(w);
      }
      flush();
    }
  }
  function note(words: (readonly [string, number])[], mentions: Range[]) {
    const named = lower(words[0]?.[0] ?? "") === "the" ? words.slice(1) : words;
    let range = {
      start: words[0]?.[1] ?? 0,
      end: words.length ? words[words.length - 1]![1] + words[words.length - 1]![0].length : 0,
    };
    // one word is a name only when it names an outlet: "Reuters", "the agency The Insider"
    if (named.length === 0) return;
    if (named.length === 1 && !outletWords.test(lower(named[0]![0])) && !afterOutletNoun(text, range)) return;
    if (words.length === 2 && named.length === 1 && !afterOutletNoun(text, range))
      range = { start: named[0]![1], end: range.end };
    if (/\n/u.test(text.slice(range.start, range.end))) return;
    if (quotations.some((q) => overlaps(q, range)) || mentions.some((m) => overlaps(m, range))) return;
    const plain = text.slice(range.start, range.end).split(/\s+/u);
    found.push(antecedent(text, range, { entityId: null, text: text.slice(range.start, range.end) }, plain));
  }
  return found.sort((a, b) => a.start - b.start);
}

// "издание The Insider", "the news agency Reuters": a name right after an outlet noun is an outlet's
const afterOutletNoun = (text: string, range: Range) => outletNouns.test(lower(wordBefore(text, range.start)));

/** The word right before `at` with only spaces between, read backwards (cheaper than a regex anchored at the end). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === at) return "";
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function antecedent(
  text: string,
  range: Range,
  speaker: Speaker,
  words: string[],
  entityKind?: string | null,
): Antecedent {
  // "political analyst Vladimir Bruter", "эксперта Хавьера Майорку", "Foreign Minister Jorge Arreas"
  const before = text
    .slice(Math.max(0, range.start - 40), range.start)
    .trimEnd()
    .split(/\s+/u)
    .slice(-4);
  // "Javier Mayorca, a security analyst,": a role set off after the name
  const aside = /^,\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)/u.exec(
    text.slice(range.end, range.end + 60),
  )?.[1];
  const roles = [...before, ...(aside ? [aside] : [])].map(lower).filter((w) => roleNouns.test(w));
  return {
    speaker,
    start: range.start,
    kind: afterOutletNoun(text, range) ? "outlet" : kindOfName(words, entityKind),
    gender: null,
    roles,
    sure: roles.length > 0,
  };
}

// "called Bolton a liar", «назвав Болтона брехуном», "accused Havana": a verb whose object is not its speaker
const OBJECT_OF =
  /(?<!\p{L})(?:called|branded|accused|назва(?:в|ла|ли|л)|звинувати(?:в|ла|ли)|обвини(?:л|ла|ли))\s+(?:[\p{L}.’'-]+\s+){0,4}$/iu;

/**
 * Pronouns and short references in the article, read back to the name they stand
 * for: "he", «он», «він» to the last person of their gender; "the agency", «издание»,
 * «видання» to the last outlet; "the Journal" to the last name with that word; "the
 * expert", «эксперт» to the last person introduced in that role (any commentator for
 * "the expert"); a surname to the full name written before.
 */
export class References {
  private readonly names: Antecedent[];
  private readonly text: string;

  constructor(names: Antecedent[], text = "") {
    this.names = [...names];
    this.text = text;
  }

  /** Notes what the extractor learnt of a name: that it reported like an outlet, or spoke as a woman. */
  learn(speaker: Speaker, facts: { kind?: AgentKind; gender?: Gender; spoke?: boolean }) {
    const said = speaker.text?.toLowerCase() ?? "";
    for (const a of this.names)
      // "венесуэльского журналиста Хавьера Майорки" is "Хавьера Майорки"
      if (
        sameSpeaker(a.speaker, speaker) ||
        (!a.speaker.entityId && said.endsWith(` ${a.speaker.text?.toLowerCase()}`))
      ) {
        if (facts.kind && !a.kind) a.kind = facts.kind;
        if (facts.gender) a.gender = facts.gender;
        if (facts.spoke) a.sure = true;
      }
  }

  kindOf(speaker: Speaker): AgentKind | null {
    return this.names.find((a) => sameSpeaker(a.speaker, speaker) && a.kind)?.kind ?? null;
  }

  private last(at: number, test: (a: Antecedent) => boolean): Speaker | null {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const a = this.names[i]!;
      if (a.start < at && test(a)) return a.speaker;
    }
    return null;
  }

  /**
   * "Rodríguez called Bolton a liar. He denied…": a pronoun opening a sentence stands for the
   * subject before, not for the one just called or accused; otherwise for the last person named.
   */
  private subject(at: number, test: (a: Antecedent) => boolean): Speaker | null {
    const nearest = this.names.findLast((a) => a.start < at && test(a));
    if (!nearest) return null;
    const opening = /(?:^|[.!?…]["»”]?)\s*$/u.test(this.text.slice(Math.max(0, at - 4), at));
    if (!opening || !OBJECT_OF.test(this.text.slice(Math.max(0, nearest.start - 60), nearest.start)))
      return nearest.speaker;
    const from = this.text.lastIndexOf(". ", nearest.start);
    return this.names.findLast((a) => a.start > from && a.start < nearest.start && test(a))?.speaker ?? nearest.speaker;
  }

  /**
   * "according to a Venezuelan journalist who follows the armed forces. Javier Mayorca wrote…": an
   * indefinite description stands for the next person introduced in that role, else the next person named.
   */
  described(role: string, at: number): Speaker | null {
    const next = this.names.filter((a) => a.start > at && a.start < at + 600 && a.kind === "person");
    return (next.find((a) => a.roles.some((r) => sameWord(r, role))) ?? next[0])?.speaker ?? null;
  }

  /**
   * The name that the words at `at` stand for; null when they are a reference to
   * nobody known; undefined when they are not a reference at all.
   */
  resolve(words: string[], at: number): Speaker | null | undefined {
    // "the agency", "Cuba's foreign minister": an article or a possessive before a reference is not part of it
    const rest = /^(?:the)$|['’]s$/iu.test(words[0] ?? "") ? words.slice(1) : words;
    if (rest.length === 0 || rest.length > 2) return undefined;
    const head = lower(rest[rest.length - 1]!);
    if (rest.length === 1) {
      const pronoun = personalPronouns.find(([re]) => re.test(head));
      if (pronoun) {
        const gender = pronoun[1];
        return this.subject(at, (a) => a.kind === "person" && a.sure && (a.gender ?? gender) === gender);
      }
    }
    // «По данным ведомства», «у корпорації», "the ministry said": the institution named before
    if (rest.length === 1 && institutionNouns.test(head))
      return this.last(at, (a) => a.kind === "organisation" || (a.kind === null && !!a.speaker.entityId)) ?? undefined;
    if (outletNouns.test(head) && (rest.length === 1 || /^\p{Ll}/u.test(rest[0]!)))
      return this.last(at, (a) => a.kind === "outlet");
    if (roleNouns.test(head) && !rest.some((w) => /^\p{Lu}/u.test(w) && !roleNouns.test(lower(w)))) {
      const role = (a: Antecedent) => a.kind === "person" && a.roles.some((r) => sameWord(r, head));
      // "Cuba's foreign minister has called…" before "Foreign Minister Bruno Rodríguez denied…": named later
      const introduced = this.last(at, role) ?? this.names.find((a) => a.start > at && role(a))?.speaker ?? null;
      if (introduced || !commentatorRoles.test(head)) return introduced ?? undefined;
      return this.last(at, (a) => a.kind === "person" && a.sure);
    }
    // "the Journal", "Mayorca": the last longer name with that word
    if (rest.length === 1 && /^\p{Lu}/u.test(rest[0]!)) {
      const longer = this.last(at, (a) => {
        const ws = a.speaker.text?.split(/\s+/u) ?? [];
        return ws.length > 1 && ws.some((w) => sameWord(w, rest[0]!));
      });
      return longer ?? undefined;
    }
    return undefined;
  }
}

const sameSpeaker = (a: Speaker, b: Speaker) =>
  a.entityId ? a.entityId === b.entityId : !b.entityId && a.text?.toLowerCase() === b.text?.toLowerCase();
