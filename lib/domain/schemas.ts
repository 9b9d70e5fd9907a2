import ISO6391 from "iso-639-1";
import { z } from "zod";
import { languages, type Lng } from "@/i18n/settings";
import { LANGUAGE_TAG, aspectKinds, candidateStatuses, claimKinds, entityKinds, roles, stances } from "./vocabulary";

/** For z.preprocess: an empty or blank form field means "not given". */
export const blankIsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** A database id as it arrives in a path or a body. */
export const id = z.string().min(1).max(64);

/** A BCP 47 language tag of stored text. */
export const languageTag = z.string().regex(LANGUAGE_TAG).max(35);

/** A language as ISO 639-1 names it ("en", "de", "uk"): an outlet's, or a name's. */
export const isoLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code): boolean => ISO6391.validate(code), "not an ISO 639-1 language code");

/** The language of a name: ISO 639-1, or "und" for a spelling of no particular language. */
export const nameLanguage = z.union([z.literal("und"), isoLanguage]);

/** A URL-safe key ("russia-venezuela-2019"). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** An interface language: en, uk or ru. */
export const lng = z.enum(languages);

export const role = z.enum(roles);
export const aspectKind = z.enum(aspectKinds);
export const claimKind = z.enum(claimKinds);
export const stance = z.enum(stances);
export const candidateStatus = z.enum(candidateStatuses);
export const entityKind = z.enum(entityKinds);

/** The `[id]` segment of a route. */
export const idParams = z.strictObject({ id });

/** The `[id]` segment of an annotation: a note's id, or `claim-{id}` for a claim. */
export const annotationParams = z.strictObject({ id: z.string().min(1).max(70) });

/** C0 control characters and DEL, except tab and newline (a carriage return is folded into a newline first). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/**
 * Text a person wrote (a name, a note, a question): line breaks as `\n`, trimmed, at
 * most `max` characters, and no control characters other than tab and newline.
 */
export const plainText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => !CONTROL.test(s), { message: "must not contain control characters" }),
    );

/**
 * Text in each interface language ({ en?, uk?, ru? }): a language left out stays as it
 * is, a blank or null one is cleared.
 */
export const perLanguage = (max: number) => {
  const text = z.preprocess(blankIsNull, plainText(max).nullable()).optional();
  return z.strictObject({ en: text, uk: text, ru: text });
};
export type PerLanguage = Partial<Record<Lng, string | null>>;

/** A web address people may follow: http or https only; blank or null when there is none. */
export const webAddress = z.preprocess(
  blankIsNull,
  z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
);

/** A name: plain text of at least one character. */
export const nameText = (max: number) => plainText(max).pipe(z.string().min(1));

/** The changes in `data` that `before` does not already hold; undefined means "leave as it is". */
export function differences<T extends Record<string, unknown>>(before: Record<string, unknown>, data: T): Partial<T> {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : Object.is(a ?? null, b ?? null);
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => value !== undefined && !same(before[key], value)),
  ) as Partial<T>;
}
