import { anchor, toCodePoints, type Anchoring } from "@/lib/anchoring/anchor";
import { quantityOf, type QuantityColumns } from "@/lib/domain/quantity";
import { ANNO_CONTEXT, type TargetSelectors, type TextualBody, type W3CAnnotation } from "./w3c";

/** How claims and notes read as W3C Web Annotations: pure functions of their stored rows. */

export const containerIri = (base: string) => `${base}/api/annotations/`;

/** Claims and relations read as annotations but change through their own routes: read-only in the container. */
export const readOnlyAnnotation = (id: string) => /^(?:claim|relation)-/.test(id);
const PARALLAX_CONTEXT = { parallax: "urn:parallax:ns:" };

/**
 * How the Annotation row keeps `via`: JSON of one IRI, or of the list when there are several
 * (as W3C writes it); null when there is none.
 */
export function viaColumn(iris: string[]): string | null {
  const distinct = [...new Set(iris)];
  return distinct.length === 0 ? null : JSON.stringify(distinct.length === 1 ? distinct[0] : distinct);
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

interface Span {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}
type Creator = { id: string; name: string } | null;

export interface NoteRow extends Span {
  id: string;
  articleId: string;
  claimId: string | null;
  motivation: string;
  body: string;
  created: Date;
  modified: Date;
  creator: Creator;
  canonical: string | null;
  via: string | null;
  article: { text: string };
}

export interface ClaimRow extends QuantityColumns {
  id: string;
  articleId: string;
  eventId: string | null;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  kind: string;
  stance: string;
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  creator: Creator;
  speaker: { slug: string } | null;
  speakerText: string | null;
  relays: { text: string; entity: { slug: string } | null }[];
  aspect: { slug: string } | null;
  article: { text: string };
}

type Target = ReturnType<typeof target>;

function target(base: string, articleId: string, text: string, span: Omit<Span, "start" | "end">, at: Anchoring) {
  const position =
    at.by === "orphaned"
      ? []
      : [
          {
            type: "TextPositionSelector" as const,
            start: toCodePoints(text, at.start),
            end: toCodePoints(text, at.end),
          },
        ];
  return {
    source: `${base}/api/articles/${articleId}`,
    selector: [
      { type: "TextQuoteSelector" as const, exact: span.exact, prefix: span.prefix, suffix: span.suffix },
      ...position,
    ] as TargetSelectors,
  };
}

const creatorOf = (base: string, creator: Creator) =>
  creator && { creator: { id: `${base}/users/${creator.id}`, type: "Person" as const, name: creator.name } };

/** A note (comment, tags, verdict) as a W3C Web Annotation, re-anchored in its article's text. */
export async function noteToW3C(base: string, row: NoteRow): Promise<W3CAnnotation> {
  const at = await anchor(row.article.text, row);
  return {
    "@context": ANNO_CONTEXT,
    id: `${containerIri(base)}${row.id}`,
    type: "Annotation",
    motivation: row.motivation,
    created: iso(row.created),
    modified: iso(row.modified),
    ...creatorOf(base, row.creator),
    ...(row.canonical && { canonical: row.canonical }),
    ...(row.via && { via: JSON.parse(row.via) as string | string[] }),
    body: JSON.parse(row.body) as TextualBody[],
    target: target(base, row.articleId, row.article.text, row, at),
    ...(row.claimId && {
      "@context": [ANNO_CONTEXT, PARALLAX_CONTEXT],
      "parallax:onClaim": `${containerIri(base)}claim-${row.claimId}`,
    }),
    ...(at.by === "orphaned" && { "parallax:orphaned": true as const }),
  };
}

/** A claim as a W3C annotation whose body describes it; its structured fields under parallax:. */
export async function claimToW3C(base: string, c: ClaimRow): Promise<W3CAnnotation> {
  const span = { exact: c.quote, prefix: c.prefix, suffix: c.suffix };
  const at = await anchor(c.article.text, { ...span, start: c.start, end: c.end });
  const figure =
    c.low === null ? "" : ` · ${c.low === c.high ? c.low : `${c.low}–${c.high}`}${c.unit ? ` ${c.unit}` : ""}`;
  const speaker = c.speaker ? ` · ${c.speaker.slug}` : "";
  return {
    "@context": [ANNO_CONTEXT, PARALLAX_CONTEXT],
    id: `${containerIri(base)}claim-${c.id}`,
    type: "Annotation",
    motivation: "describing",
    created: iso(c.createdAt),
    modified: iso(c.updatedAt),
    ...creatorOf(base, c.creator),
    body: [
      {
        type: "TextualBody",
        purpose: "describing",
        format: "text/plain",
        value: `${c.kind} · ${c.stance}${speaker}${figure}`,
      },
    ],
    target: target(base, c.articleId, c.article.text, span, at),
    "parallax:claim": {
      kind: c.kind,
      stance: c.stance,
      status: c.status,
      speaker: c.speaker?.slug ?? null,
      speakerText: c.speakerText,
      reportedVia: c.relays.map((r) => ({ text: r.text, entity: r.entity?.slug ?? null })),
      aspect: c.aspect?.slug ?? null,
      eventId: c.eventId,
      quantity: quantityOf(c),
      version: c.version,
    },
    ...(at.by === "orphaned" && { "parallax:orphaned": true as const }),
  };
}

export interface RelationRow {
  id: string;
  kind: string;
  createdAt: Date;
  creator: Creator;
  from: {
    id: string;
    articleId: string;
    quote: string;
    prefix: string;
    suffix: string;
    start: number;
    end: number;
    article: { text: string };
  };
  to: RelationRow["from"];
}

/**
 * A relation between two claims as a W3C annotation with motivation "linking": its body names
 * the kind, its two targets are the claims' spans, first the claim that relates, then the one
 * it relates to (their claim annotations under parallax:).
 */
export async function relationToW3C(base: string, r: RelationRow): Promise<W3CAnnotation> {
  const targets = await Promise.all(
    [r.from, r.to].map(async (c) => {
      const span = { exact: c.quote, prefix: c.prefix, suffix: c.suffix };
      return target(
        base,
        c.articleId,
        c.article.text,
        span,
        await anchor(c.article.text, { ...span, start: c.start, end: c.end }),
      );
    }),
  );
  return {
    "@context": [ANNO_CONTEXT, PARALLAX_CONTEXT],
    id: `${containerIri(base)}relation-${r.id}`,
    type: "Annotation",
    motivation: "linking",
    created: iso(r.createdAt),
    modified: iso(r.createdAt),
    ...creatorOf(base, r.creator),
    body: [{ type: "TextualBody", purpose: "linking", format: "text/plain", value: r.kind }],
    target: targets as [Target, Target],
    "parallax:relation": {
      kind: r.kind,
      from: `${containerIri(base)}claim-${r.from.id}`,
      to: `${containerIri(base)}claim-${r.to.id}`,
    },
  };
}
