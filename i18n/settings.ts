export const languages = ["en", "uk", "ru"] as const;
export type Lng = (typeof languages)[number];
export const fallbackLng: Lng = "en";
export const namespaces = [
  "common",
  "error",
  "events",
  "articles",
  "outlets",
  "entities",
  "search",
  "account",
  "admin",
  "comparison",
  "annotator",
  "import",
  "candidates",
  "units",
] as const;
export type Namespace = (typeof namespaces)[number];
/** Cookie that remembers the last interface language a user chose. */
export const LNG_COOKIE = "parallax-lng";

export function isLng(value: unknown): value is Lng {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** Names of the languages in themselves, for the switcher. */
export const languageNames: Record<Lng, string> = {
  en: "English",
  uk: "Українська",
  ru: "Русский",
};
/** Request header in which proxy.ts passes the path's language to pages that get no params (not-found). */
export const LNG_HEADER = "x-parallax-lng";
/** Request header in which proxy.ts passes a page its own path and query (for "sign in, then come back"). */
export const PATH_HEADER = "x-parallax-path";
