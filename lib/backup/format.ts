import { z } from "zod";
import {
  AspectKind,
  CandidateStatus,
  ClaimKind,
  ClaimStatus,
  DatePrecision,
  EntityKind,
  RelationKind,
  RelationStatus,
  Role,
  Stance,
  Vagueness,
} from "@/lib/domain/vocabulary";

/**
 * The Parallax export format, version 1: the whole database as one JSON document.
 *
 *   { "format": "parallax-export", "version": 1, "schema": "<last migration applied>",
 *     "exportedAt": "…", "withAccounts": false,
 *     "tables": { "user": [ {…}, … ], "outlet": [ … ], … },
 *     "checksums": { "user": { "rows": 2, "sha256": "…" }, … } }
 *
 * Tables come in the order they are restored (each after those it refers to), each row on a
 * line of its own, rows in primary-key order, every stored column present (null when empty).
 * A table's checksum is the SHA-256 of its rows' JSON, each followed by a line feed. Dates
 * are ISO 8601 in UTC. Left out: password hashes (unless withAccounts), sessions, API tokens,
 * sign-in failures, the search index (rebuilt on restore) and the stored relation proposals (computed
 * when first read).
 */
export const FORMAT = "parallax-export";
export const FORMAT_VERSION = 1;

const text = z.string();
const maybeText = z.string().nullable();
const int = z.number().int();
const num = z.number().nullable();
const date = z.iso.datetime().transform((s) => new Date(s));
const maybeDate = date.nullable();
const flag = z.boolean();

const quantity = {
  low: num,
  high: num,
  unit: maybeText,
  counted: maybeText,
  approximate: flag,
  statedLow: num,
  statedHigh: num,
  vagueness: z.enum(Vagueness).nullable(),
};

/** Every table of the format, in restore order: the strict schema of one row. */
export const tables = {
  user: z.strictObject({
    id: text,
    email: text,
    name: text,
    role: z.enum(Role),
    passwordHash: maybeText.optional(),
    disabledAt: maybeDate,
    createdAt: date,
    updatedAt: date,
  }),
  outlet: z.strictObject({
    id: text,
    slug: text,
    name: text,
    country: maybeText,
    lang: maybeText,
    url: maybeText,
    ownership: maybeText,
    notes: maybeText,
  }),
  outletAlias: z.strictObject({ id: text, outletId: text, name: text, normalized: text }),
  entity: z.strictObject({ id: text, slug: text, kind: z.enum(EntityKind) }),
  entityName: z.strictObject({
    id: text,
    entityId: text,
    lang: text,
    name: text,
    isPrimary: flag,
    normalized: text,
    skeleton: text,
  }),
  article: z.strictObject({
    id: text,
    outletId: maybeText,
    title: text,
    url: maybeText,
    lang: text,
    publishedAt: maybeDate,
    datePrecision: z.enum(DatePrecision),
    text,
    contentHash: text,
    source: maybeText,
    notes: maybeText,
    byline: maybeText,
    fingerprint: maybeText,
    likelyDuplicateOfId: maybeText,
    supersedesId: maybeText,
    importedAt: date,
  }),
  event: z.strictObject({
    id: text,
    slug: text,
    startsOn: maybeDate,
    endsOn: maybeDate,
    archivedAt: maybeDate,
    createdAt: date,
    updatedAt: date,
  }),
  eventTranslation: z.strictObject({ eventId: text, lang: text, title: text, summary: maybeText }),
  eventArticle: z.strictObject({ eventId: text, articleId: text }),
  aspect: z.strictObject({
    id: text,
    eventId: text,
    slug: text,
    kind: z.enum(AspectKind),
    unit: maybeText,
    position: int,
  }),
  aspectTranslation: z.strictObject({ aspectId: text, lang: text, question: text }),
  claim: z.strictObject({
    id: text,
    articleId: text,
    eventId: maybeText,
    aspectId: maybeText,
    quote: text,
    start: int,
    end: int,
    prefix: text,
    suffix: text,
    kind: z.enum(ClaimKind),
    stance: z.enum(Stance),
    speakerId: maybeText,
    speakerText: maybeText,
    ...quantity,
    status: z.enum(ClaimStatus),
    note: maybeText,
    version: int,
    creatorId: maybeText,
    createdAt: date,
    updatedAt: date,
    deletedAt: maybeDate,
  }),
  claimRelay: z.strictObject({ claimId: text, position: int, text, entityId: maybeText }),
  claimRelation: z.strictObject({
    id: text,
    eventId: text,
    fromId: text,
    toId: text,
    kind: z.enum(RelationKind),
    status: z.enum(RelationStatus),
    creatorId: maybeText,
    createdAt: date,
  }),
  annotation: z.strictObject({
    id: text,
    motivation: text,
    body: text,
    articleId: text,
    claimId: maybeText,
    exact: text,
    prefix: text,
    suffix: text,
    start: int,
    end: int,
    creatorId: maybeText,
    created: date,
    modified: date,
    version: int,
    deletedAt: maybeDate,
    canonical: maybeText,
    via: maybeText,
  }),
  candidate: z.strictObject({
    id: text,
    articleId: text,
    quote: text,
    start: int,
    end: int,
    kind: z.enum(ClaimKind),
    stance: z.enum(Stance),
    speakerId: maybeText,
    speakerText: maybeText,
    ...quantity,
    status: z.enum(CandidateStatus),
    claimId: maybeText,
    decidedById: maybeText,
    decidedAt: maybeDate,
    createdAt: date,
  }),
  candidateRelay: z.strictObject({ candidateId: text, position: int, text, entityId: maybeText }),
  auditEntry: z.strictObject({
    id: text,
    userId: maybeText,
    action: text,
    entityType: text,
    entityId: text,
    before: maybeText,
    after: maybeText,
    createdAt: date,
  }),
};

export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];
export type Row<T extends TableName> = z.output<(typeof tables)[T]>;

/** The primary key of each table: rows are written in this order. */
export const keyOf: Record<TableName, string[]> = {
  ...(Object.fromEntries(tableNames.map((t) => [t, ["id"]])) as Record<TableName, string[]>),
  eventTranslation: ["eventId", "lang"],
  eventArticle: ["eventId", "articleId"],
  aspectTranslation: ["aspectId", "lang"],
  claimRelay: ["claimId", "position"],
  candidateRelay: ["candidateId", "position"],
};

/** The columns of a table as the export writes them. */
export const columnsOf = (table: TableName) => Object.keys(tables[table].shape);

export const header = z.strictObject({
  format: z.literal(FORMAT),
  version: z.number().int().min(1),
  schema: z.string(),
  exportedAt: z.iso.datetime(),
  withAccounts: z.boolean(),
});

export const checksum = z.strictObject({ rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const document = header.extend({
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  checksums: z.record(z.string(), checksum),
});
export type ExportDocument = z.output<typeof document>;

/** The name a download is saved under: parallax-2026-12-02T0300Z.json. */
export const downloadName = (extension: string, now = new Date()) =>
  `parallax-${now.toISOString().slice(0, 16).replace(":", "")}Z.${extension}`;
