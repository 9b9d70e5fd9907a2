import type { Lng } from "./settings";

/**
 * The order in which translations of user-facing content (event titles, aspect
 * questions, entity names) are tried for each interface language.
 */
export const contentFallback: Record<Lng, readonly string[]> = {
  en: ["en", "uk", "ru"],
  uk: ["uk", "en", "ru"],
  ru: ["ru", "en", "uk"],
};

/** The translation to show in `lng`, or the best available one; undefined when there is none. */
export function pickTranslation<T extends { lang: string | null }>(rows: readonly T[], lng: Lng): T | undefined {
  for (const lang of contentFallback[lng]) {
    const row = rows.find((r) => r.lang === lang);
    if (row) return row;
  }
  return rows[0];
}
