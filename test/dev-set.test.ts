import { describe, expect, it } from "vitest";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { entityNamed, loadDevEntities, loadDevSet, namesIn, spanOf, type DevArticle } from "@/test/dev-set/dev-set";

// The attribution development set is well-formed; how the extractor scores on it is
// `npm run eval:attribution`'s business, not a test's.
const sets = contentLanguages.map((lang) => ({ lang, articles: loadDevSet(lang) }));
const entities = loadDevEntities();
const count = (text: string, words: string) => text.split(words).length - 1;

/** Every place the article points into its text: figures, denials and both ends of a change. */
function pointers(a: DevArticle): { what: string; words: string; occurrence: number | undefined }[] {
  return [
    ...a.figures.map((f) => ({ what: "figure", words: f.words, occurrence: f.occurrence })),
    ...a.denials.map((d) => ({ what: "denial", words: d.words, occurrence: d.occurrence })),
    ...a.changes.flatMap((c) => [
      { what: "change from", words: c.from, occurrence: c.fromOccurrence },
      { what: "change to", words: c.to, occurrence: c.toOccurrence },
    ]),
  ];
}

describe("the attribution development set", () => {
  it("has at least twelve articles in each language, each in its file's language, with unique ids", () => {
    for (const { lang, articles } of sets) {
      expect(articles.length).toBeGreaterThanOrEqual(12);
      for (const a of articles) expect([a.lang, a.id.slice(0, 2)]).toEqual([lang, lang]);
    }
    const ids = sets.flatMap((s) => s.articles.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("points at words the text has, with an occurrence wherever they repeat", () => {
    for (const { articles } of sets)
      for (const a of articles)
        for (const p of pointers(a)) {
          const where = `${a.id} ${p.what} "${p.words}"`;
          expect(spanOf(a.text, p.words, p.occurrence), where).not.toBeNull();
          if (p.occurrence === undefined) expect(count(a.text, p.words), where).toBe(1);
        }
  });

  it("has its not-figures in the text, apart from every figure", () => {
    for (const { articles } of sets)
      for (const a of articles) {
        const figures = a.figures.map((f) => spanOf(a.text, f.words, f.occurrence)!);
        for (const words of a.notFigures) {
          expect(a.text.includes(words), `${a.id} "${words}"`).toBe(true);
          for (let k = 0, s = spanOf(a.text, words); s; s = spanOf(a.text, words, ++k))
            expect(
              figures.some((f) => f.start < s!.end && s!.start < f.end),
              `${a.id} not-figure "${words}" overlaps a figure`,
            ).toBe(false);
        }
      }
  });

  it("labels every number written in digits as a figure or a not-figure", () => {
    for (const { articles } of sets)
      for (const a of articles) {
        const labelled = [
          ...a.figures.map((f) => spanOf(a.text, f.words, f.occurrence)!),
          ...a.notFigures.flatMap((words) => {
            const spans = [];
            for (let k = 0, s = spanOf(a.text, words); s; s = spanOf(a.text, words, ++k)) spans.push(s);
            return spans;
          }),
        ];
        for (const m of a.text.matchAll(/\d+/gu)) {
          const inside = labelled.some((s) => s.start <= m.index && m.index + m[0].length <= s.end);
          expect(inside, `${a.id}: "${a.text.slice(m.index - 20, m.index + 20)}"`).toBe(true);
        }
      }
  });

  it("states figures as lib/domain/figures.ts does", () => {
    for (const { articles } of sets)
      for (const a of articles)
        for (const f of a.figures) {
          const where = `${a.id} "${f.words}"`;
          expect(f.stated.low, where).toBeLessThanOrEqual(f.stated.high);
          // a vague or bounded figure is never exact
          if (f.stated.vagueness || f.bound) expect(f.approximate, where).toBe(true);
          if (f.stated.vagueness) expect(f.stated.low, where).toBe(f.stated.high);
        }
  });

  it("makes each change's ends figures of the same article", () => {
    for (const { articles } of sets)
      for (const a of articles)
        for (const c of a.changes)
          for (const [words, occurrence] of [
            [c.from, c.fromOccurrence],
            [c.to, c.toOccurrence],
          ] as const)
            expect(
              a.figures.some((f) => f.words === words && (f.occurrence ?? 0) === (occurrence ?? 0)),
              `${a.id} change end "${words}"`,
            ).toBe(true);
  });

  it("names speakers and relays from the entity registry, as the text names them", () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { articles } of sets)
      for (const a of articles) {
        const named = [
          ...a.figures.flatMap((f) => [f.speaker, ...f.via]),
          ...a.denials.flatMap((d) => [d.speaker, ...(d.via ?? [])]),
          ...a.changes.map((c) => c.speaker),
        ].filter((n): n is string => n !== null);
        for (const name of named) {
          const entity = entityNamed(entities, name);
          expect(entity, `${a.id} "${name}" is not in entities.json`).toBeDefined();
          expect(
            entity!.names.some((n) => namesIn(n, a.text)),
            `${a.id} never names "${name}"`,
          ).toBe(true);
        }
      }
  });

  it("keeps some speakers unknown to the extractor", () => {
    const known = entities.filter((e) => e.known).length;
    expect(known / entities.length).toBeGreaterThan(0.3);
    expect(known / entities.length).toBeLessThan(0.7);
  });
});
