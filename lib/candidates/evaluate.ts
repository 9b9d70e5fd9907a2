import { contentLanguages } from "@/lib/domain/vocabulary";
import type { DemoCorpus } from "@/lib/seed/demo-data";
import { extractCandidates, type CandidateDraft } from "./extract";
import { overlaps } from "./text";

/** Model numbers and dates that must never be proposed as figures. */
export const NOT_FIGURES = /(?<![\p{L}\p{N}])(?:\p{L}{1,12}-\d[\p{L}\p{N}]*|(?:19|20)\d\d)(?![\p{L}\p{N}])/u;

export interface Score {
  lang: string;
  /** hand-made figure claims, and how many a figure candidate overlaps */
  claims: number;
  found: number;
  /** figure candidates, and how many overlap a hand-made figure claim */
  candidates: number;
  correct: number;
  /** figure candidates whose words are a model number or a year */
  wrong: string[];
}

/**
 * Scores figure candidates against the demo corpus's hand-made figure claims, per
 * language: recall = claims overlapped by a candidate / claims; precision =
 * candidates overlapping a claim / candidates.
 */
export function scoreFigures({ demo, texts }: DemoCorpus): Score[] {
  const entities = demo.entities.map((e) => ({ id: e.slug, names: e.names.map((n) => n.name) }));
  const scores = new Map<string, Score>();
  for (const article of demo.articles) {
    const text = texts.get(article.file)!;
    const score = scores.get(article.lang) ?? {
      lang: article.lang,
      claims: 0,
      found: 0,
      candidates: 0,
      correct: 0,
      wrong: [],
    };
    scores.set(article.lang, score);
    const figures = extractCandidates(text, article.lang, entities).filter((c: CandidateDraft) => c.kind === "figure");
    const claims = demo.claims.filter((c) => c.article === article.file && c.kind === "figure");
    score.claims += claims.length;
    score.found += claims.filter((c) => figures.some((f) => overlaps(f, c))).length;
    score.candidates += figures.length;
    score.correct += figures.filter((f) => claims.some((c) => overlaps(f, c))).length;
    score.wrong.push(...figures.map((f) => text.slice(f.start, f.end)).filter((quote) => NOT_FIGURES.test(quote)));
  }
  return contentLanguages.map(
    (lang) => scores.get(lang) ?? { lang, claims: 0, found: 0, candidates: 0, correct: 0, wrong: [] },
  );
}
