// npm run eval:attribution [-- --verbose] [-- --ids 1-12|13-]: how the candidate extractor reads the attribution development set
// (test/dev-set/): figures read as meant, their original speakers and relays, denials and before/after
// changes, per language. The labels are written apart from the extractor; see test/dev-set/README.md.
import { EntityMatcher } from "@/lib/candidates/entities";
import { changesOf, extractCandidates, type CandidateDraft } from "@/lib/candidates/extract";
import { readFlags } from "@/lib/cli/args";
import { contentLanguages } from "@/lib/domain/vocabulary";
import {
  entityNamed,
  loadDevEntities,
  loadDevSet,
  namesIn,
  spanOf,
  type DevArticle,
  type DevEntity,
} from "@/test/dev-set/dev-set";

const { values: flags } = readFlags("usage: npm run eval:attribution [-- --verbose] [-- --ids 1-12|13-]", {
  options: { verbose: { type: "boolean", default: false }, ids: { type: "string" } },
});

/** Whether an article's number ("en-13" → 13) is in `--ids` ("1-12", "13-", "7"): a held-out part scored apart. */
function selected(id: string): boolean {
  if (!flags.ids) return true;
  const n = Number(id.slice(3));
  const [low, high] = flags.ids.split("-").map((x) => (x === "" ? undefined : Number(x)));
  if (!flags.ids.includes("-")) return n === low;
  return (low === undefined || n >= low) && (high === undefined || n <= high);
}

interface Range {
  start: number;
  end: number;
}
/** Who a candidate names: a known entity, or at least the words naming them. */
interface Named {
  entityId: string | null;
  text: string | null;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const contains = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end;
const asNamed = (r: unknown): Named => {
  const o = (typeof r === "object" && r !== null ? r : {}) as Record<string, unknown>;
  return {
    entityId: typeof o.entityId === "string" ? o.entityId : null,
    text: typeof o.text === "string" ? o.text : null,
  };
};

/** Relays the extractor may name on a candidate (`reportedVia`); undefined while it names none. */
function relaysOf(c: CandidateDraft): Named[] | undefined {
  const via = (c as unknown as { reportedVia?: unknown }).reportedVia;
  return Array.isArray(via) ? via.map(asNamed) : undefined;
}

// The article's own outlet is handed over as an import does; an extractor that takes no options ignores it.
const extract = extractCandidates as (...args: unknown[]) => CandidateDraft[];

/** Whether a candidate's speaker (or relay) is the expected one: its entity, or words naming it by any of its names. */
function isNamed(expected: string | null, got: Named | null | undefined, entities: readonly DevEntity[]): boolean {
  if (expected === null) return !got || (!got.entityId && !got.text);
  if (!got) return false;
  const entity = entityNamed(entities, expected);
  if (entity && got.entityId === entity.id) return true;
  return !!got.text && (entity?.names ?? [expected]).some((n) => namesIn(n, got.text!));
}

const sameChain = (expected: string[], got: Named[] | undefined, entities: readonly DevEntity[]) =>
  !!got && got.length === expected.length && expected.every((e, k) => isNamed(e, got[k], entities));

const label = (n: Named | null | undefined) => (n ? (n.text ?? n.entityId ?? "—") : "—");
const stated = (s: { low: number; high: number; vagueness: string | null }) =>
  `${s.low === s.high ? s.low : `${s.low}–${s.high}`}${s.vagueness ? ` ${s.vagueness}` : ""}`;

const COUNTS = [
  ...["articles", "figures", "meant", "found", "speaker", "relayChains", "relaysRight"],
  ...["denials", "marked", "denialSpeaker", "changes", "changesFound"],
] as const;

interface Tally extends Record<(typeof COUNTS)[number], number> {
  /** whether the extractor names relays or exposes changes at all */
  relaysSeen: boolean;
  changesSeen: boolean;
  spurious: string[];
  notFigures: string[];
  misses: string[];
}

const emptyTally = (): Tally => ({
  ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Record<(typeof COUNTS)[number], number>),
  ...{ relaysSeen: false, changesSeen: false, spurious: [], notFigures: [], misses: [] },
});

function merged(tallies: Tally[]): Tally {
  const all = emptyTally();
  for (const t of tallies) {
    for (const k of COUNTS) all[k] += t[k];
    all.relaysSeen ||= t.relaysSeen;
    all.changesSeen ||= t.changesSeen;
    for (const list of ["spurious", "notFigures", "misses"] as const) all[list].push(...t[list]);
  }
  return all;
}

function score(article: DevArticle, entities: readonly DevEntity[], matcher: EntityMatcher, t: Tally): void {
  const { text, id } = article;
  const at = (words: string, occurrence?: number) => spanOf(text, words, occurrence)!;
  const miss = (line: string) => t.misses.push(`${id}  ${line}`);
  const found = extract(text, article.lang, matcher, { outlet: [article.outlet] });
  const figures = found.filter((c) => c.kind === "figure");
  const denials = found.filter((c) => c.kind === "denial");
  t.articles++;
  t.relaysSeen ||= found.some((c) => relaysOf(c) !== undefined);

  const expected = article.figures.map((f) => ({ ...f, span: at(f.words, f.occurrence) }));
  for (const f of expected) {
    t.figures++;
    const over = figures.filter((c) => overlaps(c, f.span));
    const read = over.find((c) => c.quantity && stated(c.quantity.stated) === stated(f.stated));
    const best = read ?? over[0];
    if (!best) {
      miss(`figure not found: "${f.words}"`);
      continue;
    }
    t.found++;
    if (read) t.meant++;
    else
      miss(
        `figure "${f.words}" read as ${best.quantity ? stated(best.quantity.stated) : "nothing"}, meant ${stated(f.stated)}`,
      );
    if (isNamed(f.speaker, best.speaker, entities)) t.speaker++;
    else miss(`speaker of "${f.words}": ${label(best.speaker)}, expected ${f.speaker ?? "the outlet (none)"}`);
    if (f.via.length === 0) continue;
    t.relayChains++;
    if (sameChain(f.via, relaysOf(best), entities)) t.relaysRight++;
    else
      miss(
        `relays of "${f.words}": [${(relaysOf(best) ?? []).map(label).join(" → ")}], expected [${f.via.join(" → ")}]`,
      );
  }

  const notFigures = article.notFigures.flatMap((words) => {
    const spans: Range[] = [];
    for (let k = 0, s = spanOf(text, words); s; s = spanOf(text, words, ++k)) spans.push(s);
    return spans;
  });
  for (const c of figures) {
    if (expected.some((f) => overlaps(c, f.span))) continue;
    const words = `"${text.slice(c.start, c.end)}" (${id})`;
    if (notFigures.some((n) => overlaps(c, n))) t.notFigures.push(words);
    else t.spurious.push(words);
  }

  for (const d of article.denials) {
    t.denials++;
    const span = at(d.words, d.occurrence);
    const marked = denials.filter((c) => contains(c, span));
    if (marked.length === 0) {
      miss(`denial not marked: "${d.words}"`);
      continue;
    }
    t.marked++;
    const right = marked.find((c) => isNamed(d.speaker, c.speaker, entities));
    if (right) t.denialSpeaker++;
    else miss(`denier of "${d.words}": ${label(marked[0]!.speaker)}, expected ${d.speaker}`);
    if (!d.via?.length) continue;
    t.relayChains++;
    if (sameChain(d.via, relaysOf(right ?? marked[0]!), entities)) t.relaysRight++;
    else miss(`relays of denial "${d.words}": expected [${d.via.join(" → ")}]`);
  }

  const changes = changesOf(article.text, article.lang);
  t.changesSeen = true;
  for (const ch of article.changes) {
    t.changes++;
    const [from, to] = [at(ch.from, ch.fromOccurrence), at(ch.to, ch.toOccurrence)];
    if (changes?.some((c) => overlaps(c.from, from) && overlaps(c.to, to))) t.changesFound++;
    else miss(`change not found: "${ch.from}" → "${ch.to}"`);
  }
}

const percent = (n: number, of: number) => (of === 0 ? "—" : `${n}/${of} ${Math.round((100 * n) / of)}%`);

const entities = loadDevEntities();
const matcher = new EntityMatcher(entities.filter((e) => e.known).map(({ id, names }) => ({ id, names })));
const tallies = contentLanguages.map((lang) => {
  const t = emptyTally();
  for (const article of loadDevSet(lang).filter((a) => selected(a.id))) score(article, entities, matcher, t);
  return { lang: lang as string, t };
});
const all = merged(tallies.map(({ t }) => t));

const columns: [string, (t: Tally) => string][] = [
  ["articles", (t) => String(t.articles)],
  ["figures read as meant", (t) => percent(t.meant, t.figures)],
  ["figures found", (t) => percent(t.found, t.figures)],
  ["spurious", (t) => String(t.spurious.length)],
  ["on not-figures", (t) => String(t.notFigures.length)],
  ["original speaker", (t) => percent(t.speaker, t.found)],
  ["relays named", (t) => (t.relaysSeen ? percent(t.relaysRight, t.relayChains) : "n/a")],
  ["denials marked", (t) => percent(t.marked, t.denials)],
  ["denier right", (t) => percent(t.denialSpeaker, t.marked)],
  ["changes found", (t) => (t.changesSeen ? percent(t.changesFound, t.changes) : "n/a")],
];
const rows = [...tallies, { lang: "all", t: all }];
const widths = columns.map(([head, cell]) => Math.max(head.length, ...rows.map(({ t }) => cell(t).length)));
console.log("Attribution development set (test/dev-set): candidates against hand labels\n");
console.log(["lang", ...columns.map(([head], k) => head.padStart(widths[k]!))].join("  "));
for (const { lang, t } of rows)
  console.log([lang.padEnd(4), ...columns.map(([, cell], k) => cell(t).padStart(widths[k]!))].join("  "));
console.log(
  "\noriginal speaker is counted over figures found; relays over labelled relay chains of figures found and denials marked.",
);

for (const { lang, t } of tallies) {
  if (t.spurious.length) console.log(`\nspurious figures, ${lang}: ${t.spurious.join(", ")}`);
  if (t.notFigures.length) console.log(`not-figures proposed, ${lang}: ${t.notFigures.join(", ")}`);
}
if (flags.verbose) {
  console.log("\nMisses:");
  for (const line of all.misses) console.log(`  ${line}`);
}
