import slugifyLib from "slugify";

/** A URL-safe key from a name in any of the three languages: "Хуан Гуайдо" → "khuan-guaido". */
export function slugify(text: string): string {
  return slugifyLib(text, { lower: true, strict: true, locale: "uk" }).slice(0, 80).replace(/-+$/, "");
}

/** The slug of `text` (or of `fallback` when `text` has no letters), numbered -2, -3… past the ones taken. */
export async function uniqueSlug(
  text: string,
  fallback: string,
  isTaken: (slug: string) => boolean | Promise<boolean>,
): Promise<string> {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 2; await isTaken(slug); n++) slug = `${base}-${n}`;
  return slug;
}
