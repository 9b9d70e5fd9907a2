/**
 * The one domain vocabulary. Every list the database stores comes from Prisma's generated
 * enums (prisma/schema.prisma), in the order the interface offers them; the lists the
 * database does not store (verdicts, note motivations) are defined here.
 */
import {
  AspectKind,
  CandidateStatus,
  ClaimKind,
  ClaimStatus,
  DatePrecision,
  EntityKind,
  RelationKind,
  Role,
  Stance,
} from "@/lib/generated/prisma/enums";

export * from "@/lib/generated/prisma/enums";

/** The values of a generated enum as a non-empty tuple, for `z.enum` and for menus. */
const valuesOf = <E extends Record<string, string>>(e: E) => Object.values(e) as [E[keyof E], ...E[keyof E][]];

/** The languages articles are read in (import, search, candidates): every article's `lang` is one of them. */
export const contentLanguages = ["en", "uk", "ru"] as const;
export type ContentLanguage = (typeof contentLanguages)[number];
export const isContentLanguage = (value: unknown): value is ContentLanguage =>
  (contentLanguages as readonly unknown[]).includes(value);

export const roles = valuesOf(Role);
export const aspectKinds = valuesOf(AspectKind);
export const claimKinds = valuesOf(ClaimKind);
export const stances = valuesOf(Stance);
export const claimStatuses = valuesOf(ClaimStatus);
export const candidateStatuses = valuesOf(CandidateStatus);
export const entityKinds = valuesOf(EntityKind);
export const datePrecisions = valuesOf(DatePrecision);
export const relationKinds = valuesOf(RelationKind);

/**
 * Relations that say two claims are one claim ("repeats", "same claim in another language"). They
 * read the same both ways, so each is stored once (the other direction is a duplicate), and they join
 * claims into one proposition in the claims view.
 */
export const sameClaimRelations: readonly RelationKind[] = ["repeats", "translates"];

/**
 * Relations a claim may have with a claim lying inside it or around it in the same words: a denial
 * contradicts the figure its sentence holds, a statement supports it. The others (repeats,
 * updates, ...) speak of two separate statements.
 */
export const nestedRelations: readonly RelationKind[] = ["contradicts", "supports"];

/** Asserting and reporting put a claim forward; denying and disputing push back against it. */
export const negatingStances: readonly Stance[] = ["denies", "disputes"];
export const isNegating = (stance: Stance) => negatingStances.includes(stance);

/** The verdict scale, in the order the interface offers it. */
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

/** A BCP 47 language tag of stored text ("en", "uk", "pt-BR", "und"). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
