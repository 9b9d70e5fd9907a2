import type { Lng } from "@/i18n/settings";
import { publishedOn } from "@/lib/domain/dates";
import { entityName } from "@/lib/domain/localize";
import type { ClaimKind, DatePrecision, Stance } from "@/lib/domain/vocabulary";
import { asContentLanguage, queryStems } from "@/lib/text/words";
import { noteValues } from "./notes";
import type { Term } from "./query";
import type { IndexKind } from "./reindex";
import { snippet, type Matching } from "./snippet";

/** One match of a search, as the index ranks it (lower is better). */
export interface Hit {
  kind: IndexKind;
  itemId: string;
  articleId: string;
  rank: number;
}

/** Per query word, the stems of the same name in other scripts and spellings, and the entity's name they came through. */
export interface Alternatives {
  alternatives: Map<string, string[]>;
  via: Map<string, string>;
}

type Names = readonly { lang: string; name: string; isPrimary: boolean }[];

/** What the hits of a page show, read for that page. */
export interface PageRows {
  articles: {
    id: string;
    title: string;
    lang: string;
    publishedAt: Date | null;
    datePrecision: DatePrecision;
    outlet: { id: string; name: string } | null;
  }[];
  claims: {
    id: string;
    quote: string;
    kind: ClaimKind;
    stance: Stance;
    speaker: { id: string; slug: string; names: Names } | null;
  }[];
  notes: { id: string; body: string }[];
  /** the articles' texts, by id, of the hits that are articles */
  texts: Map<string, string>;
}

/** What the snippets mark: the stems typed, those only an entity's other names brought in (with its name), the prefixes. */
export function matchingOf(terms: Term[], { alternatives, via }: Alternatives): Matching {
  const own = new Set(terms.filter((t) => !t.exclude).flatMap((t) => t.words.flatMap((w) => queryStems(w))));
  const borrowed = new Map<string, string>();
  for (const [word, stems] of alternatives) for (const s of stems) if (!own.has(s)) borrowed.set(s, via.get(word)!);
  const prefixes = terms.filter((t) => t.prefix && !t.exclude).map((t) => t.words[0]!);
  return { own, borrowed, prefixes };
}

/** The hits of a page in rank order, each with its article's heading and a snippet marking the matched words. */
export const shapeHits = (page: Hit[], rows: PageRows, matching: Matching, lng: Lng) =>
  page.map((hit) => shapeHit(hit, rows, matching, lng));

function shapeHit(hit: Hit, rows: PageRows, matching: Matching, lng: Lng) {
  const article = rows.articles.find((a) => a.id === hit.articleId)!;
  const lang = asContentLanguage(article.lang);
  const claim = hit.kind === "claim" ? rows.claims.find((c) => c.id === hit.itemId) : undefined;
  const cut = snippet(textOf(hit, rows, claim), lang, matching);
  const titleCut = hit.kind === "article" ? snippet(article.title, lang, matching, 300) : null;
  return {
    type: hit.kind,
    id: hit.itemId,
    articleId: hit.articleId,
    title: article.title,
    titleMarks: titleCut && titleCut.parts.some((p) => p.mark) ? titleCut.parts : null,
    snippet: cut.parts,
    lang: article.lang,
    outlet: article.outlet,
    publishedAt: publishedOn(article),
    via: cut.via ?? titleCut?.via ?? null,
    claim: claim && claimOf(claim, lng),
  };
}

/** The text a hit's snippet is cut from: an article's text, a claim's quote, a note's comment and tags. */
function textOf(hit: Hit, rows: PageRows, claim: PageRows["claims"][number] | undefined): string {
  if (hit.kind === "article") return rows.texts.get(hit.itemId) ?? "";
  if (hit.kind === "claim") return claim?.quote ?? "";
  const note = rows.notes.find((n) => n.id === hit.itemId);
  return noteValues(note?.body ?? "[]").join(" · ");
}

const claimOf = ({ kind, stance, speaker }: PageRows["claims"][number], lng: Lng) => ({
  kind,
  stance,
  speaker: speaker && { id: speaker.id, name: entityName(speaker.names, lng)?.text ?? speaker.slug },
});
