import { isCount } from "@/lib/domain/figures";
import type { ClaimKind } from "@/lib/domain/vocabulary";
import { skeletonPrefix } from "@/lib/text/names";
import { asContentLanguage, stem, words } from "@/lib/text/words";

/** An aspect a candidate may go to, with what its claims say so far. */
export interface AspectProfile {
  id: string;
  eventId: string;
  kind: "numeric" | "categorical";
  unit: string | null;
  /** its question in every language it has */
  questions: string[];
  claims: { quote: string; lang: string; unit: string | null; counted: string | null }[];
}

export interface CandidateProfile {
  quote: string;
  lang: string;
  kind: ClaimKind;
  quantity: { unit: string | null; counted: string | null } | null;
}

/** The stems of a text's words, and for longer words a key that meets across scripts ("~kub"). */
const stemsOf = (text: string, lang: string) =>
  new Set(
    words(text)
      .filter((w) => w.word.length > 3 && !/^\p{N}+$/u.test(w.word))
      .flatMap((w) => [
        stem(w.word, asContentLanguage(lang)),
        ...(w.word.length > 4 ? [`~${skeletonPrefix(w.word)}`] : []),
      ]),
  );

/** Whether two units measure the same kind of thing: both counts, or the same currency or measure. */
const sameUnit = (a: string | null, b: string | null) => (isCount(a) && isCount(b)) || a === b;

/**
 * The aspect a candidate most likely belongs to: the one whose claims (and question) share
 * most of its words, and, for a figure, a numeric aspect whose figures are in the same unit.
 * Null when nothing speaks for any aspect: the editor chooses.
 */
export function suggestAspect(candidate: CandidateProfile, aspects: readonly AspectProfile[]): string | null {
  const own = stemsOf([candidate.quote, candidate.quantity?.counted ?? ""].join(" "), candidate.lang);
  let best: { id: string; score: number } | null = null;
  for (const aspect of aspects) {
    const theirs = new Set<string>();
    for (const q of aspect.questions) for (const s of stemsOf(q, "en")) theirs.add(s);
    for (const c of aspect.claims) for (const s of stemsOf(`${c.quote} ${c.counted ?? ""}`, c.lang)) theirs.add(s);
    let score = [...own].filter((s) => theirs.has(s)).length;
    if (candidate.quantity) {
      const units = [aspect.unit, ...aspect.claims.filter((c) => c.unit !== null).map((c) => c.unit)];
      if (aspect.kind === "numeric" && units.some((u) => sameUnit(u, candidate.quantity!.unit))) score += 3;
      else if (aspect.kind === "categorical") score -= 2;
    } else if (aspect.kind === "categorical") score += 1;
    if (score > 0 && score > (best?.score ?? 0)) best = { id: aspect.id, score };
  }
  return best?.id ?? null;
}
