import "server-only";
import { pickTranslation } from "@/i18n/fallback";
import type { Lng } from "@/i18n/settings";

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
