/** The shapes the comparison works with; plain data, no framework. */

import type { ShownRelay } from "@/lib/claims/relays";
import type { Quantity } from "@/lib/domain/figures";
import type { ClaimKind, RelationKind, Stance, Verdict } from "@/lib/domain/vocabulary";
import type { Dispute, DisputeInput, Figure, FigureExtremes } from "./disagreements";

export interface ComparisonClaim {
  id: string;
  aspectId: string;
  /** the column: an outlet, or the article itself when its outlet is unknown */
  sourceId: string;
  articleId: string;
  quote: string;
  /** the article's language: quotes stay in it */
  quoteLang: string;
  start: number;
  end: number;
  kind: ClaimKind;
  stance: Stance;
  status: "suggested" | "confirmed";
  speaker: { id: string; name: string } | null;
  /** ISO date of the article, when known */
  publishedAt: string | null;
  quantity: Quantity | null;
}

/** A claim as the comparison shows it: with what disputes it, its proposition and its verdict. */
export interface ShownClaim extends ComparisonClaim {
  /** the words naming the speaker when they name no entity ("local journalists") */
  speakerText: string | null;
  /** who relayed the speaker's words to the outlet, nearest the speaker first */
  reportedVia: ShownRelay[];
  /** the claims that dispute it (a confirmed "contradicts", or a figure too far apart) */
  disputedBy: string[];
  disputes: Dispute[];
  /** the first claim of the proposition it belongs to (itself when alone) */
  clusterId: string;
  /** the latest verdict a note gives on it */
  verdict: Verdict | null;
  /** the figure it updates, when it is the later of a change (a confirmed "updates"): ≈ 1,000 → a few dozen */
  earlier?: Quantity;
}

/** A stored relation between two claims of the event. */
export interface ComparisonRelation {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  status: "confirmed";
}

/** A column of the comparison: an outlet, or one article whose outlet is unknown. */
export interface Source {
  id: string;
  kind: "outlet" | "article";
  /** the outlet's name, or the article's title */
  name: string;
  /** the article, for a source that is one article */
  articleId: string | null;
  languages: string[];
  /** the earliest publication date among its articles, when known */
  publishedAt: string | null;
}

/** Per aspect and source, how many claims the filters keep and leave out. */
export interface CellCount {
  aspectId: string;
  sourceId: string;
  /** the claims the filters keep */
  shown: number;
  /** the claims the filters leave out */
  hidden: number;
  /** the kept claims that push back (denies, disputes) */
  negating: number;
}

/** A range of figures of one aspect and unit: its lowest and highest figure, and how far apart. */
export interface FigureRangeRow {
  unit: string | null;
  low: Figure;
  high: Figure;
  factor: number;
}

/** An event's figures as the database ranks them (load-figures.ts). */
export interface EventFigures {
  /** per aspect and unit (figureGroup): the figures that decide each claim's dispute */
  extremes: Map<string, FigureExtremes>;
  /** per aspect: the range of each unit, in the order of the unit's first figure */
  ranges: Map<string, FigureRangeRow[]>;
  /** per aspect and source: how many of its positive figures another source's stands apart from */
  disputed: { aspectId: string; sourceId: string; count: number }[];
}

/** What the comparison reads of an event before it knows which claims a page shows. */
export interface ComparisonRows {
  sources: Source[];
  counts: CellCount[];
  /** the stances the event's claims take, whatever the filters */
  stances: Set<string>;
  figures: EventFigures;
  /** the event's confirmed relations */
  relations: { id: string; kind: RelationKind; fromId: string; toId: string }[];
  /** the ends of those relations that the filters keep */
  ends: DisputeInput[];
}

/** Those rows with what disputes a claim, and how many claims of each source and aspect are disputed. */
export interface ComparisonBasis extends Omit<ComparisonRows, "relations" | "ends"> {
  /** the confirmed relations whose both ends the filters keep */
  relations: ComparisonRelation[];
  ends: Map<string, DisputeInput>;
  disputesOf: (c: DisputeInput) => Dispute[];
  disputedOf: Map<string, number>;
  disputedIn: Map<string, number>;
}

/** A source as a column of the page: with how many claims the filters keep of it, and how many are disputed. */
export interface SourceColumn extends Source {
  claims: number;
  disputed: number;
}

/** The sources laid out as columns: every one to filter by, those the filters choose in order, and the page shown. */
export interface SourcePage {
  /** every source, earliest first: the options to filter by */
  options: Source[];
  /** the sources the filters choose, in the order asked for */
  chosen: SourceColumn[];
  page: number;
  pages: number;
  /** the sources of the page */
  shown: SourceColumn[];
  /** the cell shown whole, when its source is on the page */
  open: { aspectId: string; sourceId: string } | null;
}

/** An aspect with its question in the reader's language (aspectText). */
export interface AspectText {
  id: string;
  slug: string;
  kind: string;
  unit: string | null;
  question: string;
  questionLang: string | null;
}
