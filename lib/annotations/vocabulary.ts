/** The one place the verdict scale is defined: its order is the order the interface offers it in. */
export const verdicts = ["supported", "misleading", "false", "unverifiable"] as const;
export type Verdict = (typeof verdicts)[number];

/** What a note on a span or a claim does, as W3C motivations. */
export const noteMotivations = ["commenting", "tagging", "assessing"] as const;
export type NoteMotivation = (typeof noteMotivations)[number];

/** ClaimReview ratings for each verdict (1 worst … 4 best on schema.org's scale). */
export const verdictRating: Record<Verdict, { value: number; label: string }> = {
  false: { value: 1, label: "False" },
  misleading: { value: 2, label: "Misleading" },
  unverifiable: { value: 3, label: "Unverifiable" },
  supported: { value: 4, label: "Supported" },
};
