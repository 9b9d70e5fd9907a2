// Writes the benchmarks' generated corpora (scale-corpus.ts, search-corpus.ts) straight into a migrated
// SQLite file: one prepared INSERT per table, built from the columns below, so a new column is added here once.
import Database from "better-sqlite3";

type Value = string | number | null;

/** Marks a column every row gives; any other column's value below is what a row that leaves it out gets. */
const GIVEN = Symbol("given");

type Columns<Row> = { [K in keyof Row]-?: undefined extends Row[K] ? Exclude<Row[K], undefined> : typeof GIVEN };

interface OutletRow {
  id: string;
  slug: string;
  name: string;
  lang: string | null;
}
interface EventRow {
  id: string;
  slug: string;
  createdAt: string;
  updatedAt: string;
}
interface EventTranslationRow {
  eventId: string;
  lang: string;
  title: string;
}
interface AspectRow {
  id: string;
  eventId: string;
  slug: string;
  kind: "numeric" | "categorical";
  unit?: string | null;
  position: number;
}
interface AspectTranslationRow {
  aspectId: string;
  lang: string;
  question: string;
}
interface EntityRow {
  id: string;
  slug: string;
  kind?: string;
}
interface EntityNameRow {
  id: string;
  entityId: string;
  lang: string;
  name: string;
  isPrimary?: number;
  normalized: string;
  skeleton: string;
}
interface ArticleRow {
  id: string;
  outletId: string;
  title: string;
  lang: string;
  publishedAt: string;
  datePrecision?: string;
  text: string;
  contentHash: string;
  fingerprint?: string | null;
  importedAt: string;
}
interface EventArticleRow {
  eventId: string;
  articleId: string;
}
interface ClaimRow {
  id: string;
  articleId: string;
  eventId: string;
  aspectId: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  kind: "figure" | "statement";
  stance: string;
  speakerId?: string | null;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  counted?: string | null;
  status?: string;
  version?: number;
  createdAt: string;
  updatedAt: string;
}
interface ClaimRelationRow {
  id: string;
  eventId: string;
  fromId: string;
  toId: string;
  kind?: string;
  status?: string;
  createdAt: string;
}
interface NoteRow {
  id: string;
  motivation?: string;
  articleId: string;
  claimId: string;
  body: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  created: string;
  modified: string;
}
interface SearchDocRow {
  id: number;
  kind: "article" | "claim";
  itemId: string;
  articleId: string;
}
/** the full-text index (an FTS5 table): its rowid is the SearchDoc's id */
interface SearchIndexRow {
  rowid: number;
  title: string;
  body: string;
}

/** A prepared INSERT of `columns` into `table`; a row's missing columns take their value from `columns`. */
function inserter<Row extends { [K in keyof Row]: Value | undefined }>(
  sqlite: Database.Database,
  table: string,
  columns: Columns<Row>,
) {
  const names = Object.keys(columns);
  const defaults = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== GIVEN));
  const statement = sqlite.prepare(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) VALUES (${names.map((name) => `@${name}`).join(", ")})`,
  );
  return (row: Row): void => void statement.run({ ...defaults, ...row });
}

/** The INSERTs of every table a generated corpus fills, prepared on `sqlite`. */
function inserts(sqlite: Database.Database) {
  return {
    outlet: inserter<OutletRow>(sqlite, "Outlet", { id: GIVEN, slug: GIVEN, name: GIVEN, lang: GIVEN }),
    event: inserter<EventRow>(sqlite, "Event", { id: GIVEN, slug: GIVEN, createdAt: GIVEN, updatedAt: GIVEN }),
    eventTitle: inserter<EventTranslationRow>(sqlite, "EventTranslation", {
      eventId: GIVEN,
      lang: GIVEN,
      title: GIVEN,
    }),
    aspect: inserter<AspectRow>(sqlite, "Aspect", {
      id: GIVEN,
      eventId: GIVEN,
      slug: GIVEN,
      kind: GIVEN,
      unit: null,
      position: GIVEN,
    }),
    aspectQuestion: inserter<AspectTranslationRow>(sqlite, "AspectTranslation", {
      aspectId: GIVEN,
      lang: GIVEN,
      question: GIVEN,
    }),
    // the generated entities: the people who speak in the claims, and the many more a newsroom's catalogue holds
    entity: inserter<EntityRow>(sqlite, "Entity", { id: GIVEN, slug: GIVEN, kind: "person" }),
    name: inserter<EntityNameRow>(sqlite, "EntityName", {
      id: GIVEN,
      entityId: GIVEN,
      lang: GIVEN,
      name: GIVEN,
      isPrimary: 1,
      normalized: GIVEN,
      skeleton: GIVEN,
    }),
    article: inserter<ArticleRow>(sqlite, "Article", {
      id: GIVEN,
      outletId: GIVEN,
      title: GIVEN,
      lang: GIVEN,
      publishedAt: GIVEN,
      datePrecision: "day",
      text: GIVEN,
      contentHash: GIVEN,
      fingerprint: null,
      importedAt: GIVEN,
    }),
    link: inserter<EventArticleRow>(sqlite, "EventArticle", { eventId: GIVEN, articleId: GIVEN }),
    claim: inserter<ClaimRow>(sqlite, "Claim", {
      id: GIVEN,
      articleId: GIVEN,
      eventId: GIVEN,
      aspectId: GIVEN,
      quote: GIVEN,
      start: GIVEN,
      end: GIVEN,
      prefix: GIVEN,
      suffix: GIVEN,
      kind: GIVEN,
      stance: GIVEN,
      speakerId: null,
      low: null,
      high: null,
      unit: null,
      counted: null,
      status: "confirmed",
      version: 1,
      createdAt: GIVEN,
      updatedAt: GIVEN,
    }),
    relation: inserter<ClaimRelationRow>(sqlite, "ClaimRelation", {
      id: GIVEN,
      eventId: GIVEN,
      fromId: GIVEN,
      toId: GIVEN,
      kind: "contradicts",
      status: "confirmed",
      createdAt: GIVEN,
    }),
    // an editor's note on a claim (a W3C annotation whose motivation is commenting)
    note: inserter<NoteRow>(sqlite, "Annotation", {
      id: GIVEN,
      motivation: "commenting",
      body: GIVEN,
      articleId: GIVEN,
      claimId: GIVEN,
      exact: GIVEN,
      prefix: GIVEN,
      suffix: GIVEN,
      start: GIVEN,
      end: GIVEN,
      created: GIVEN,
      modified: GIVEN,
    }),
    searchDoc: inserter<SearchDocRow>(sqlite, "SearchDoc", { id: GIVEN, kind: GIVEN, itemId: GIVEN, articleId: GIVEN }),
    searchIndex: inserter<SearchIndexRow>(sqlite, "SearchIndex", { rowid: GIVEN, title: GIVEN, body: GIVEN }),
  };
}

type CorpusInserts = ReturnType<typeof inserts>;

/** Opens a migrated, empty database file to be filled in bulk (WAL, no fsync), with the INSERTs of every table. */
export function openCorpus(file: string): { sqlite: Database.Database; insert: CorpusInserts } {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  return { sqlite, insert: inserts(sqlite) };
}
