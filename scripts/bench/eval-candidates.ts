// npm run eval:candidates: precision and recall of figure candidates on the demo corpus, per language, and extraction speed.
import { performance } from "node:perf_hooks";
import { EntityMatcher } from "@/lib/candidates/entities";
import { scoreFigures } from "@/lib/candidates/evaluate";
import { extractCandidates } from "@/lib/candidates/extract";
import { loadDemoCorpus } from "@/lib/seed/demo-data";

const corpus = loadDemoCorpus();
const percent = (n: number, of: number) => (of === 0 ? "n/a" : `${((100 * n) / of).toFixed(1)}%`);

console.log("Figure candidates against the demo corpus's hand-made figure claims (overlapping spans)\n");
console.log("lang  claims  found  recall   candidates  correct  precision  model numbers or years");
const scores = scoreFigures(corpus);
for (const s of [
  ...scores,
  scores.reduce(
    (a, s) => ({
      ...a,
      claims: a.claims + s.claims,
      found: a.found + s.found,
      candidates: a.candidates + s.candidates,
      correct: a.correct + s.correct,
      wrong: [...a.wrong, ...s.wrong],
    }),
    { lang: "all", claims: 0, found: 0, candidates: 0, correct: 0, wrong: [] as string[] },
  ),
]) {
  console.log(
    `${s.lang.padEnd(4)}  ${String(s.claims).padStart(6)}  ${String(s.found).padStart(5)}  ${percent(s.found, s.claims).padStart(6)}   ${String(s.candidates).padStart(10)}  ${String(s.correct).padStart(7)}  ${percent(s.correct, s.candidates).padStart(9)}  ${s.wrong.length ? s.wrong.join(", ") : "none"}`,
  );
}

// as an import does: the known entities are indexed once, then every article is read
const matcher = new EntityMatcher(corpus.demo.entities.map((e) => ({ id: e.slug, names: e.names.map((n) => n.name) })));
const times: number[] = [];
let chars = 0;
for (let round = 0; round < 40; round++) {
  for (const a of corpus.demo.articles) {
    const text = corpus.texts.get(a.file)!;
    const t0 = performance.now();
    extractCandidates(text, a.lang, matcher);
    times.push(performance.now() - t0);
    if (round === 0) chars += text.length;
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const total = times.reduce((a, b) => a + b, 0);
console.log(
  `\nExtraction: ${times.length} runs over the ${corpus.demo.articles.length} articles; median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms per article, ${Math.round((chars * 40) / (total / 1000) / 1000)} thousand characters/s`,
);
