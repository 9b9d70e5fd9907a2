import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import type { CandidateView } from "@/lib/candidates/store-decisions";

/** The value of a candidate's aspect choice that stands for the new aspect proposed for it. */
export const NEW_ASPECT = "new-aspect";

/** The aspect choice a candidate's proposal stands for: an aspect's id, `NEW_ASPECT`, or null without one. */
export const proposedChoice = (c: CandidateView): string | null =>
  c.suggestedAspect ? (c.suggestedAspect.aspectId ?? NEW_ASPECT) : null;

/** Whether a candidate would be accepted as proposed, and the proposal is unsure: the editor confirms first. */
export const uncertain = (c: CandidateView, choice: string | undefined) =>
  choice === undefined && c.suggestedAspect?.confidence === "low";

/**
 * What an accept decision says about where each candidate goes, beside the aspect chosen for all:
 * another aspect (`aspects`) or the new aspect proposed for it (`newAspects`), by candidate id.
 */
export function destinations(
  candidates: CandidateView[],
  choiceOf: (c: CandidateView) => string,
  common: string,
  lng: Lng,
) {
  const aspects: Record<string, string> = {};
  const newAspects: Record<string, { question: string; kind: "numeric"; unit: string | null; lang: Lng }> = {};
  for (const c of candidates) {
    const choice = choiceOf(c);
    const fresh = c.suggestedAspect?.newAspect;
    if (choice === NEW_ASPECT && fresh) newAspects[c.id] = { ...fresh, lang: lng };
    else if (choice && choice !== NEW_ASPECT && choice !== common) aspects[c.id] = choice;
  }
  return { aspects, newAspects };
}

/** The question of the aspect proposed for a candidate, or of the new aspect proposed; null without either. */
export function proposedQuestion(
  c: CandidateView,
  article: ArticleDetail,
): { question: string; isNew: boolean } | null {
  const proposal = c.suggestedAspect;
  if (proposal?.newAspect) return { question: proposal.newAspect.question, isNew: true };
  const aspect = article.events.flatMap((e) => e.aspects).find((a) => a.id === proposal?.aspectId);
  return aspect ? { question: aspect.question, isNew: false } : null;
}
