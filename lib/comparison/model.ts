/** The shapes the comparison works with; plain data, no framework. */

import type { ShownRelay } from "@/lib/claims/relays";
import type { Quantity } from "@/lib/domain/figures";
import type { ClaimKind, RelationKind, Stance, Verdict } from "@/lib/domain/vocabulary";
import type { CountedWords } from "./counted";
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
  /** what its figure counts, for the reader (countedReader): in the reader's words, or quoted */
  counted?: CountedWords;
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
  /** the outlet's name; for an article, the site of its address, or its title */
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
  /** the cells (cellKey) with a figure the filters keep */
  carrying: Set<string>;
}

/** A cell's key in maps: its aspect and source. */
export const cellKey = (aspectId: string, sourceId: string) => `${aspectId}\u0000${sourceId}`;

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
  /** per cell (cellKey): how many of its claims are disputed */
  disputedCell: Map<string, number>;
}

/** A source as a column of the page: with how many claims the filters keep of it, and how many are disputed. */
export interface SourceColumn extends Source {
  claims: number;
  disputed: number;
}

/** An aspect's row: the sources that speak to it, most informative first, and those silent on it. */
export interface AspectRow {
  /** the sources shown in the row, in order */
  sources: string[];
  /** how many claims each of its cells shows before "show all" (cellClaims) */
  perCell: number;
  /** how many sources speak to the aspect under the filters */
  total: number;
  /** whether the row is opened whole ("show all"), and which page of it is shown */
  open: boolean;
  page: number;
  pages: number;
  /** the first of the sources silent on the aspect, and how many there are */
  silent: { sources: string[]; total: number };
}

/** The sources laid out in rows: every one to filter by, those the filters choose, and each aspect's row. */
export interface SourceRows {
  /** every source, earliest first: the options to filter by */
  options: Source[];
  /** the sources the filters choose, earliest first */
  chosen: SourceColumn[];
  /** per aspect, its row */
  rows: Map<string, AspectRow>;
  /** the cell shown whole, when its source is in its aspect's row */
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
