import { z } from "zod";
import type { TextualBody } from "@/lib/annotations/w3c";
import { verdicts, type NoteMotivation } from "@/lib/domain/vocabulary";

/**
 * Annotations made elsewhere, read from a W3C Web Annotation document (an AnnotationCollection,
 * an AnnotationPage, a list or one Annotation) or from Hypothesis (its client's JSON export,
 * the search API's answer, or a list of its annotations), as the notes Parallax stores.
 *
 * Both formats invite extensions (Hypothesis adds permissions, links, document, moderation…),
 * so the fields read here are checked and any others are ignored, never stored.
 */

export interface Incoming {
  /** where the annotation is in its file: its id there, else its place ("#3") */
  ref: string;
  /** the document it annotates: a web page's URL, or an article IRI of this or another Parallax */
  source: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** code points, as W3C's TextPositionSelector counts them */
  position: { start: number; end: number } | null;
  /** what Parallax stores for it: one note per motivation (a comment, its tags, a verdict) */
  parts: { motivation: NoteMotivation; bodies: TextualBody[] }[];
  created: Date | null;
  canonical: string | null;
  /** where it came from: its id in the other store, and any via it carried */
  via: string[];
  /** a Hypothesis reply or page note has no span of its own */
  shape: "span" | "reply" | "page";
}

/** A Parallax claim or relation: it moves with the JSON export (npm run export), not as a note. */
export interface Skipped {
  ref: string;
  reason: "parallaxClaim";
}

const limited = (max: number) => z.string().max(max);
const iso = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const quoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: limited(5_000).min(1, "a quote selector needs the quoted text"),
  prefix: limited(500).optional(),
  suffix: limited(500).optional(),
});
const positionSelector = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, { message: "a position selector must end after it starts", path: ["end"] });
/** a quote or position selector is checked; others (RangeSelector, CssSelector…) are read past: the quote anchors */
const selector = z.looseObject({ type: limited(100) }).transform((raw, ctx) => {
  const known = { TextQuoteSelector: quoteSelector, TextPositionSelector: positionSelector }[raw.type];
  if (!known) return { type: raw.type };
  const parsed = known.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

type Selectors = z.output<typeof selector>[];
function spanOf(selectors: Selectors) {
  const quote = selectors.find((s): s is z.output<typeof quoteSelector> => s.type === "TextQuoteSelector");
  const position = selectors.find((s): s is z.output<typeof positionSelector> => s.type === "TextPositionSelector");
  return {
    quote: quote ? { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" } : null,
    position: position ? { start: position.start, end: position.end } : null,
  };
}

const text = (value: string, purpose: NoteMotivation): TextualBody => ({
  type: "TextualBody",
  value,
  format: "text/plain",
  purpose,
});

/** Bodies sorted into the notes Parallax keeps: tags, a verdict, and everything else as a comment. */
function partsOf(motivation: string | undefined, bodies: TextualBody[]): Incoming["parts"] {
  const isVerdict = (b: TextualBody) => (verdicts as readonly string[]).includes(b.value);
  const tags = bodies.filter((b) => b.purpose === "tagging" || (motivation === "tagging" && !b.purpose));
  const verdict = bodies.filter((b) => !tags.includes(b) && isVerdict(b) && (b.purpose ?? motivation) === "assessing");
  const comments = bodies.filter((b) => !tags.includes(b) && !verdict.includes(b));
  const parts: Incoming["parts"] = [];
  if (comments.length > 0 || (tags.length === 0 && verdict.length === 0)) {
    parts.push({ motivation: "commenting", bodies: comments.map((b) => ({ ...b, purpose: "commenting" })) });
  }
  if (tags.length > 0) parts.push({ motivation: "tagging", bodies: tags.map((b) => ({ ...b, purpose: "tagging" })) });
  if (verdict.length > 0) parts.push({ motivation: "assessing", bodies: verdict.slice(0, 1) });
  return parts;
}

// ---- W3C Web Annotation ----

const w3cBody = z.union([
  limited(2_000).transform((iri) => ({ value: iri }) as { value: string; purpose?: string; language?: string }),
  z.object({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    value: limited(10_000).optional(),
    id: limited(2_000).optional(),
    purpose: limited(100).optional(),
    language: limited(35).optional(),
  }),
]);
const w3cTarget = z.union([
  limited(2_000).transform((source) => ({ source, selector: [] as Selectors })),
  z.object({
    source: limited(2_000),
    selector: z
      .union([selector, z.array(selector).max(10)])
      .optional()
      .transform((s) => [s ?? []].flat()),
  }),
]);
const w3cAnnotation = z.object({
  id: limited(2_000).optional(),
  type: z.union([z.literal("Annotation"), z.array(z.string()).refine((t) => t.includes("Annotation"))]),
  motivation: z.union([limited(100), z.array(limited(100))]).optional(),
  body: z.union([w3cBody, z.array(w3cBody).max(50)]).optional(),
  bodyValue: limited(10_000).optional(),
  target: z.union([w3cTarget, z.array(w3cTarget).min(1).max(10)]),
  created: iso.optional().catch(undefined),
  canonical: limited(2_000).optional(),
  via: z.union([limited(2_000), z.array(limited(2_000)).max(20)]).optional(),
  "parallax:claim": z.unknown().optional(),
  "parallax:relation": z.unknown().optional(),
});

function fromW3C(a: z.output<typeof w3cAnnotation>, ref: string): Incoming | Skipped {
  if (a["parallax:claim"] !== undefined || a["parallax:relation"] !== undefined)
    return { ref, reason: "parallaxClaim" };
  const motivation = [a.motivation ?? []].flat()[0];
  const bodies: TextualBody[] = a.bodyValue
    ? [text(a.bodyValue, "commenting")]
    : [a.body ?? []].flat().flatMap((b) => {
        const value = (b.value ?? ("id" in b ? b.id : undefined))?.trim();
        return value
          ? [
              {
                ...text(value, "commenting"),
                purpose: (b.purpose ?? motivation) as NoteMotivation,
                ...(b.language && { language: b.language }),
              },
            ]
          : [];
      });
  const target = [a.target].flat()[0]!;
  return {
    ref,
    source: target.source,
    ...spanOf(target.selector),
    parts: partsOf(motivation, bodies),
    created: a.created ?? null,
    canonical: a.canonical ?? null,
    via: [...(a.id ? [a.id] : []), ...[a.via ?? []].flat()],
    shape: "span",
  };
}

// ---- Hypothesis ----

const hypothesisAnnotation = z.object({
  id: limited(100),
  created: iso.optional().catch(undefined),
  uri: limited(2_000),
  text: limited(100_000).optional(),
  tags: z.array(limited(500)).max(100).optional(),
  target: z
    .array(
      z.object({
        source: limited(2_000),
        selector: z.array(selector).max(10).optional(),
      }),
    )
    .max(10)
    .optional(),
  references: z.array(limited(100)).max(100).optional(),
  links: z.object({ html: limited(2_000).optional() }).optional(),
});

function fromHypothesis(a: z.output<typeof hypothesisAnnotation>): Incoming {
  const target = a.target?.[0];
  const selectors = target?.selector ?? [];
  const bodies = [
    ...(a.text?.trim() ? [text(a.text.trim(), "commenting")] : []),
    ...(a.tags ?? []).filter((t) => t.trim()).map((t) => text(t.trim(), "tagging")),
  ];
  return {
    ref: a.id,
    source: target?.source ?? a.uri,
    ...spanOf(selectors),
    parts: partsOf(undefined, bodies),
    created: a.created ?? null,
    canonical: null,
    via: [a.links?.html ?? `https://hypothes.is/a/${a.id}`],
    shape: a.references?.length ? "reply" : selectors.length === 0 ? "page" : "span",
  };
}

// ---- the document ----

const MAX_ANNOTATIONS = 5_000;

export type Problem = { path: string; message: string };
export type Parsed =
  | { ok: true; format: "w3c" | "hypothesis"; items: Incoming[]; skipped: Skipped[] }
  | { ok: false; problems: Problem[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The list of annotations in a document, and which format it is in. */
function listOf(doc: unknown): { format: "w3c" | "hypothesis"; list: unknown[] } | null {
  if (Array.isArray(doc)) {
    return { format: doc.some((a) => isRecord(a) && "uri" in a && !("type" in a)) ? "hypothesis" : "w3c", list: doc };
  }
  if (!isRecord(doc)) return null;
  if (Array.isArray(doc.annotations)) return { format: "hypothesis", list: doc.annotations };
  if (Array.isArray(doc.rows)) return { format: "hypothesis", list: doc.rows };
  if (Array.isArray(doc.items)) return { format: "w3c", list: doc.items };
  if (isRecord(doc.first) && Array.isArray(doc.first.items)) return { format: "w3c", list: doc.first.items };
  if ("target" in doc) return { format: "w3c", list: [doc] };
  return null;
}

/** Reads a document of annotations; every problem is reported with the annotation's place in the file. */
export function parseAnnotations(doc: unknown): Parsed {
  const found = listOf(doc);
  const file = (message: string): Parsed => ({ ok: false, problems: [{ path: "(file)", message }] });
  if (!found) return file("neither W3C Web Annotations nor a Hypothesis export");
  if (found.list.length === 0) return file("no annotations");
  if (found.list.length > MAX_ANNOTATIONS) {
    return file(`${found.list.length} annotations, at most ${MAX_ANNOTATIONS} per file`);
  }
  const items: Incoming[] = [];
  const skipped: Skipped[] = [];
  const problems: Problem[] = [];
  const schema = found.format === "w3c" ? w3cAnnotation : hypothesisAnnotation;
  found.list.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    const ref = isRecord(raw) && typeof raw.id === "string" ? raw.id : `#${i + 1}`;
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.slice(0, 3).map((p) => ({ path: [ref, ...p.path].join("."), message: p.message })),
      );
      return;
    }
    const read =
      found.format === "w3c"
        ? fromW3C(parsed.data as z.output<typeof w3cAnnotation>, ref)
        : fromHypothesis(parsed.data as z.output<typeof hypothesisAnnotation>);
    if ("reason" in read) skipped.push(read);
    else items.push(read);
  });
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, 50) }
    : { ok: true, format: found.format, items, skipped };
}
