import type { Lng } from "@/i18n/settings";
import type { PerLanguage } from "./schemas";

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

export interface Localized {
  text: string;
  /** the language of `text`, which differs from the UI language when it fell back */
  lang: string;
}

/** The field `key` of the best translation for `lng`, with its language. */
export function localize<T extends { lang: string | null }, K extends keyof T>(
  rows: readonly T[],
  lng: Lng,
  key: K,
): Localized | null {
  const row = pickTranslation(rows, lng);
  if (!row) return null;
  return { text: String(row[key]), lang: row.lang ?? lng };
}

/**
 * Texts per language after a change: a language the change leaves out keeps its text,
 * one it sets to null loses it. Languages the interface does not speak are kept.
 */
export function changedTexts(before: readonly { lang: string; text: string }[], change: PerLanguage = {}) {
  const texts = new Map(before.map((r) => [r.lang, r.text]));
  for (const [lang, text] of Object.entries(change)) {
    if (text === undefined) continue;
    if (text) texts.set(lang, text);
    else texts.delete(lang);
  }
  return texts;
}

/** The primary name of an entity in `lng`, falling back like other content. */
export function entityName(
  names: readonly { lang: string; name: string; isPrimary: boolean }[],
  lng: Lng,
): Localized | null {
  return localize(
    names.filter((n) => n.isPrimary),
    lng,
    "name",
  );
}
