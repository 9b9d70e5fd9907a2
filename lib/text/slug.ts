import slugifyLib from "slugify";

/** A URL-safe key from a name in any of the three languages: "Хуан Гуайдо" → "khuan-guaido". */
export function slugify(text: string): string {
  return slugifyLib(text, { lower: true, strict: true, locale: "uk" }).slice(0, 80).replace(/-+$/, "");
}
