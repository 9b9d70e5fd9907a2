import type { Lng } from "@/i18n/settings";

/** The fragment by which a link to an article opens its Candidates tab (read by the annotator's tabs). */
export const CANDIDATES_FRAGMENT = "candidates";

/** An article's page with its candidates waiting for review in view. */
export const candidatesHref = (lng: Lng, articleId: string) => `/${lng}/articles/${articleId}#${CANDIDATES_FRAGMENT}`;

/** Whether the page was opened by such a link. */
export const openedOnCandidates = () =>
  typeof window !== "undefined" && window.location.hash === `#${CANDIDATES_FRAGMENT}`;
