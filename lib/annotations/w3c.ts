import { z } from "zod";
import { id, plainText } from "@/lib/domain/schemas";
import { LANGUAGE_TAG, noteMotivations, verdicts } from "@/lib/domain/vocabulary";

import { ANNO_CONTEXT } from "./media-type";

export { ANNO_CONTEXT, ANNO_MEDIA_TYPE, LDP_CONTEXT } from "./media-type";

export interface TextualBody {
  type: "TextualBody";
  value: string;
  purpose?: string;
  format?: string;
  language?: string;
}

export type TargetSelectors = [
  { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
  ...{ type: "TextPositionSelector"; start: number; end: number }[],
];

export interface TextTarget {
  source: string;
  selector: TargetSelectors;
}

export interface W3CAnnotation {
  "@context": typeof ANNO_CONTEXT | (string | Record<string, string>)[];
  id: string;
  type: "Annotation";
  motivation: string;
  created: string;
  modified: string;
  creator?: { id: string; type: "Person"; name: string };
  body?: TextualBody[];
  /** one span, or for a relation ("linking") the spans of its two claims */
  target: TextTarget | [TextTarget, TextTarget];
  /** the client's own identity for the annotation, kept as sent */
  canonical?: string;
  /** where the annotation was copied from: the id it had there, and any earlier via */
  via?: string | string[];
  /** Parallax: the stored quote is no longer in the text; kept, never dropped */
  "parallax:orphaned"?: true;
  [extension: `parallax:${string}`]: unknown;
}

/**
 * Properties a standard client may send back with an annotation it read, which the
 * server owns or does not keep: accepted and ignored. Anything else is refused.
 */
const serverOwned = {
  id: z.string().max(2_000).optional(),
  created: z.string().max(40).optional(),
  modified: z.string().max(40).optional(),
  creator: z.unknown().optional(),
  generator: z.unknown().optional(),
  generated: z.string().max(40).optional(),
};

const textualBody = z.strictObject({
  ...serverOwned,
  type: z.literal("TextualBody"),
  value: plainText(10_000).pipe(z.string().min(1)),
  purpose: z.enum(noteMotivations).optional(),
  format: z.literal("text/plain").optional(),
  language: z.string().regex(LANGUAGE_TAG).optional(),
});

const quoteSelector = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(5_000),
  prefix: z.string().max(500).default(""),
  suffix: z.string().max(500).default(""),
});
const positionSelector = z.strictObject({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
const selector = z.discriminatedUnion("type", [quoteSelector, positionSelector]);

const context = z.union([
  z.literal(ANNO_CONTEXT),
  z
    .array(z.union([z.string(), z.record(z.string(), z.string())]))
    .refine((list) => list.includes(ANNO_CONTEXT), "must include the anno.jsonld context"),
]);

const iri = z.url().max(2_000);

/**
 * What a client may POST or PUT: a W3C Annotation of a span of one article,
 * commenting, tagging or assessing, with TextualBody bodies (or a bodyValue).
 * The server owns id, created, modified and creator; `canonical` and `via` are kept
 * as sent. Without a motivation, bodies that all tag make a tagging annotation and
 * anything else a comment.
 */
export const annotationInput = z
  .strictObject({
    ...serverOwned,
    "@context": context,
    type: z.union([z.literal("Annotation"), z.array(z.string()).refine((t) => t.includes("Annotation"))]),
    motivation: z.enum(noteMotivations).optional(),
    canonical: iri.optional(),
    via: z.union([iri, z.array(iri).min(1).max(20)]).optional(),
    body: z.union([textualBody, z.array(textualBody).min(1).max(50)]).optional(),
    bodyValue: plainText(10_000).pipe(z.string().min(1)).optional(),
    target: z.strictObject({
      type: z.literal("SpecificResource").optional(),
      source: z.url().max(2_000),
      selector: z.union([selector, z.array(selector).min(1).max(4)]),
    }),
    /** Parallax: the claim a note is about (its span is the target) */
    "parallax:onClaim": id.optional(),
    "parallax:orphaned": z.boolean().optional(),
  })
  .refine((a) => !(a.body && a.bodyValue), { message: "body and bodyValue cannot both be given", path: ["bodyValue"] })
  .refine((a) => a.body || a.bodyValue, { message: "an annotation needs a body or a bodyValue", path: ["body"] })
  .refine(
    (a) => {
      const list = [a.body ?? []].flat();
      return a.motivation !== "assessing" || list.some((b) => (verdicts as readonly string[]).includes(b.value));
    },
    { message: `an assessing annotation needs a body whose value is one of: ${verdicts.join(", ")}`, path: ["body"] },
  )
  .transform((a) => ({ ...a, motivation: a.motivation ?? impliedMotivation(a.body) }));
export type AnnotationInput = z.output<typeof annotationInput>;

/** The motivation of an annotation sent without one: tagging when every body tags, else commenting. */
function impliedMotivation(body: z.output<typeof textualBody> | z.output<typeof textualBody>[] | undefined) {
  const list = [body ?? []].flat();
  return list.length > 0 && list.every((b) => b.purpose === "tagging") ? ("tagging" as const) : ("commenting" as const);
}

/** The bodies of an input, each with its purpose (a bodyValue becomes one plain-text body). */
export function bodiesOf(input: AnnotationInput): TextualBody[] {
  if (input.bodyValue)
    return [{ type: "TextualBody", value: input.bodyValue, format: "text/plain", purpose: input.motivation }];
  return [input.body ?? []].flat().map(({ type, value, purpose, format, language }) => ({
    type,
    value,
    purpose: purpose ?? input.motivation,
    ...(format && { format }),
    ...(language && { language }),
  }));
}

/** The article an annotation targets: an IRI that ends in /articles/{id}. */
export function articleIdOf(source: string): string | null {
  return /\/articles\/([\w-]{1,64})\/?$/.exec(new URL(source).pathname)?.[1] ?? null;
}

export function selectorsOf(input: AnnotationInput) {
  const list = [input.target.selector].flat();
  return {
    quote: list.find((s): s is z.output<typeof quoteSelector> => s.type === "TextQuoteSelector") ?? null,
    position: list.find((s): s is z.output<typeof positionSelector> => s.type === "TextPositionSelector") ?? null,
  };
}
