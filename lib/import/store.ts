import { recordAudit } from "@/lib/audit/store";
import { EntityMatcher, type KnownEntity } from "@/lib/candidates/entities";
import { draftsWith, entityNames, proposeCandidates } from "@/lib/candidates/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { insertRows, newId } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { indexArticles } from "@/lib/search/reindex";
import { articleStems } from "@/lib/search/stems";
import { contentHash } from "@/lib/text/hash";
import { normalizeName } from "@/lib/text/names";
import { uniqueSlug } from "@/lib/text/slug";
import { ImportError } from "./errors";
import type { PreparedArticle, PreparedItem } from "./pipeline";
import { nothingStored } from "./report";
import { closeFingerprints, fingerprint, likelyDuplicate, nearQuarters } from "./similarity";

export type ImportStatus = "imported" | "likelyDuplicate" | "duplicate" | "failed";

/** What became of one file or row: the JSON the API and the command line report. */
export interface ImportResult {
  source: string;
  row: number | null;
  status: ImportStatus;
  /** the article created, or the stored article an exact duplicate is */
  articleId: string | null;
  /** for a likely duplicate: the stored article it most likely reposts */
  duplicateOf: string | null;
  /** candidate claims proposed in the new article (null when nothing was created) */
  candidates: number | null;
  /** the article's candidates waiting for review: the new article's, or the stored one an exact duplicate is */
  waiting: number | null;
  title: string | null;
  lang: string | null;
  detectedLang: string | null;
  encoding: string | null;
  error: ImportError | null;
}

export interface StoreOptions {
  /** an event the articles join: its id or slug */
  event?: string | null;
  /** who imports; null for the command line */
  userId: string | null;
  /** what a run of several calls reads once (importRun); read anew when not given */
  run?: ImportRun;
  /** told after each batch is committed, with how many items are done */
  committed?: (done: number) => void | Promise<void>;
}

/**
 * The outlets by normalised name, by an alias's normalised name and by slug, read once per import
 * run, with each outlet's names (its own and its aliases').
 */
interface OutletIndex {
  ids: Map<string, string>;
  names: Map<string, string[]>;
}

async function outletIndex(db: PrismaClient): Promise<OutletIndex> {
  const outlets = await db.outlet.findMany({
    select: { id: true, name: true, slug: true, aliases: { select: { name: true, normalized: true } } },
  });
  return {
    ids: new Map(
      outlets.flatMap((o) => [
        [`slug:${o.slug}`, o.id] as const,
        [`name:${normalizeName(o.name)}`, o.id] as const,
        ...o.aliases.map((a) => [`alias:${a.normalized}`, o.id] as const),
      ]),
    ),
    names: new Map(outlets.map((o) => [o.id, [o.name, ...o.aliases.map((a) => a.name)]])),
  };
}

/**
 * The names of the outlet an article will be stored under, as far as the run knows them: its
 * candidates are found beforehand with these, and found again if the article's outlet turns out
 * to have others.
 */
export function outletNamesFor(run: ImportRun, outlet: string | null): string[] {
  if (!outlet) return [];
  const wanted = normalizeName(outlet);
  const { ids, names } = run.outlets;
  const id = ids.get(`alias:${wanted}`) ?? ids.get(`name:${wanted}`) ?? ids.get(`slug:${outlet}`);
  return (id && names.get(id)) || [outlet];
}

async function outletFor(tx: Tx, name: string | null, known: OutletIndex): Promise<string | null> {
  if (!name) return null;
  const wanted = normalizeName(name);
  const indexed = known.ids.get(`name:${wanted}`) ?? known.ids.get(`slug:${name}`) ?? "";
  // a name an outlet had before it was merged into another, else the run's outlet of that name
  // (unless it has been merged away since the run began)
  const [found] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT "outletId" AS "id", 0 AS "rank" FROM "OutletAlias" WHERE "normalized" = ${wanted}
      UNION ALL SELECT "id", 1 AS "rank" FROM "Outlet" WHERE "id" = ${indexed}
    ) AS "known" ORDER BY "rank" LIMIT 1`;
  if (found) return found.id;
  const outlets = await tx.outlet.findMany({ select: { id: true, name: true, slug: true } });
  const existing = outlets.find((o) => normalizeName(o.name) === wanted || o.slug === name);
  if (existing) return existing.id;
  const slug = await uniqueSlug(name, "outlet", (s) => outlets.some((o) => o.slug === s));
  return (await tx.outlet.create({ data: { slug, name } })).id;
}

/** The event an import names (by id or slug), or an error result for every item. */
export async function findEvent(db: PrismaClient, event: string | null | undefined): Promise<string | null> {
  if (!event) return null;
  const found = await db.event.findFirst({ where: { OR: [{ id: event }, { slug: event }] }, select: { id: true } });
  if (!found) throw new ImportError("unknownEvent", { reason: event });
  return found.id;
}

const ARTICLE_COLUMNS = [
  "id",
  "title",
  "lang",
  "text",
  "contentHash",
  "url",
  "publishedAt",
  "byline",
  "outletId",
  "fingerprint",
  "likelyDuplicateOfId",
  "source",
  "importedAt",
];

const sameNames = (a: string[], b: string[]) => a.toSorted().join("\n") === b.toSorted().join("\n");

async function storeOne(
  tx: Tx,
  source: string,
  article: PreparedArticle,
  eventId: string | null,
  userId: string | null,
  run: ImportRun,
) {
  const { derived } = article;
  const hash = derived?.hash ?? contentHash(article.text);
  // the statements of storing an article are plain SQL where Prisma's own work per query is most of their time
  const [existing] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "contentHash" = ${hash}`;
  if (existing)
    return {
      status: "duplicate" as const,
      articleId: existing.id,
      duplicateOf: null,
      candidates: null,
      waiting: await tx.candidate.count({ where: { articleId: existing.id, status: "pending" } }),
      outletId: null,
    };
  const print = derived?.fingerprint ?? fingerprint(article.text);
  // Fingerprints pick the few stored articles worth comparing, found through the index of their
  // quarters (not a scan of every one; the index holds each one's fingerprint too); only their
  // texts are read. At 100,000 articles a lookup matches a few thousand quarters, read as one value.
  const quarters = nearQuarters(print);
  const dialect = dialectOf(tx);
  const [near] = quarters.length
    ? await tx.$queryRaw<{ near: string | null }[]>`
        SELECT ${dialect.commaJoined(Prisma.sql`"articleId" || ':' || "fingerprint"`)} AS "near" FROM "FingerprintBand"
         WHERE "lang" = ${article.lang} AND (${Prisma.join(
           // each quarter's 697 values as one JSON parameter: binding them one by one costs more than the lookup
           quarters.map(
             (values, band) =>
               Prisma.sql`("band" = ${band} AND "value" IN (SELECT j."value" FROM ${dialect.jsonValues(JSON.stringify(values))}))`,
           ),
           " OR ",
         )})`
    : [];
  const close = closeFingerprints(
    print,
    [...new Set(near?.near?.split(",") ?? [])].map((pair) => {
      const [id, stored] = pair.split(":");
      return { id: id!, fingerprint: stored! };
    }),
  );
  const similar = close.length
    ? await tx.article.findMany({ where: { id: { in: close.map((c) => c.id) } }, select: { id: true, text: true } })
    : [];
  const duplicateOf = likelyDuplicate(article.text, similar)?.id ?? null;
  const outletId = await outletFor(tx, article.outlet, run.outlets);
  const created = { id: newId(), title: article.title, lang: article.lang };
  await insertRows(tx, "Article", ARTICLE_COLUMNS, [
    {
      ...created,
      text: article.text,
      contentHash: hash,
      url: article.url,
      publishedAt: article.publishedAt,
      byline: article.byline,
      outletId,
      fingerprint: print || null,
      likelyDuplicateOfId: duplicateOf,
      source: source.slice(0, 300),
      importedAt: new Date(),
    },
  ]);
  if (eventId) await insertRows(tx, "EventArticle", ["eventId", "articleId"], [{ eventId, articleId: created.id }]);
  await indexArticles(tx, [{ id: created.id, stems: derived?.stems ?? articleStems(article) }]);
  const candidates = await proposeCandidates(tx, { id: created.id, text: article.text }, async (outlet) =>
    // what a worker found with the outlet names the article turned out to have, or found here
    derived?.drafts && sameNames(derived.drafts.outlet, outlet)
      ? derived.drafts.list
      : draftsWith(article, await run.matcher(tx))(outlet),
  );
  await recordAudit(tx, {
    userId,
    action: "import",
    entityType: "article",
    entityId: created.id,
    after: {
      title: created.title,
      lang: created.lang,
      source,
      outletId,
      eventId,
      likelyDuplicateOf: duplicateOf,
      candidates,
    },
  });
  return {
    status: duplicateOf ? ("likelyDuplicate" as const) : ("imported" as const),
    articleId: created.id,
    duplicateOf,
    candidates,
    waiting: candidates,
    outletId,
  };
}

const failed = (item: { source: string; row: number | null }, error: ImportError): ImportResult => ({
  source: item.source,
  row: item.row,
  ...nothingStored,
  error,
});

/**
 * What an import reads once and every article of it uses: the outlets by name, and the entity
 * matcher, built from every entity's names when the run's first new article needs it (a run of
 * duplicates never builds it), with the client or transaction it is asked through.
 */
export interface ImportRun {
  /** every entity with its names, read once, when first needed */
  entities: (db: PrismaClient | Tx) => Promise<KnownEntity[]>;
  matcher: (db: PrismaClient | Tx) => Promise<EntityMatcher>;
  outlets: OutletIndex;
}

/** A promise made once and made again after it fails. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = null; // the next article asks again
      throw error;
    }));
}

export async function importRun(db: PrismaClient): Promise<ImportRun> {
  let reader: PrismaClient | Tx = db;
  const entities = once(() => entityNames(reader));
  const matcher = once(async () => new EntityMatcher(await entities()));
  return {
    entities: (through) => ((reader = through), entities()),
    matcher: (through) => ((reader = through), matcher()),
    outlets: await outletIndex(db),
  };
}

/** Articles stored in one transaction, each within a savepoint of its own. */
export const IMPORT_BATCH = 25;

type Stored = Awaited<ReturnType<typeof storeOne>>;

/**
 * Stores one batch of items in one transaction: each article within a savepoint, so that a
 * failure undoes that article alone and the rest of the batch is stored.
 */
function storeBatch(
  db: PrismaClient,
  batch: PreparedItem[],
  eventId: string | null,
  options: StoreOptions,
  run: ImportRun,
) {
  return db.$transaction(
    async (tx) => {
      const outcomes: (Stored | ImportError)[] = [];
      for (const item of batch) {
        if ("error" in item) {
          outcomes.push(item.error);
          continue;
        }
        const source = item.row === null ? item.source : `${item.source}#${item.row}`;
        await tx.$executeRaw`SAVEPOINT "article"`;
        try {
          const stored = await storeOne(tx, source, item.article, eventId, options.userId, run);
          await tx.$executeRaw`RELEASE SAVEPOINT "article"`;
          outcomes.push(stored);
          // an outlet the article brought is known to the rest of the run
          if (stored.outletId && item.article.outlet) {
            run.outlets.ids.set(`name:${normalizeName(item.article.outlet)}`, stored.outletId);
            if (!run.outlets.names.has(stored.outletId)) run.outlets.names.set(stored.outletId, [item.article.outlet]);
          }
        } catch (error) {
          console.error(`import of ${source} failed`, error);
          await tx.$executeRaw`ROLLBACK TO SAVEPOINT "article"`;
          await tx.$executeRaw`RELEASE SAVEPOINT "article"`;
          outcomes.push(new ImportError("internal"));
        }
      }
      return outcomes;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

/**
 * Stores prepared items IMPORT_BATCH to a transaction, each article within a savepoint: a failure
 * leaves nothing of that article and does not stop the others, a crash leaves whole batches, and
 * nothing of the one under way. An exact duplicate (same normalised text) is reported with the
 * stored article's id and creates nothing, so running an import again changes nothing.
 */
export async function storeItems(
  db: PrismaClient,
  items: PreparedItem[],
  options: StoreOptions,
): Promise<ImportResult[]> {
  let eventId: string | null;
  try {
    eventId = await findEvent(db, options.event);
  } catch (error) {
    // A file or row that was already refused keeps its own reason.
    if (error instanceof ImportError) return items.map((item) => failed(item, "error" in item ? item.error : error));
    throw error;
  }
  const run = options.run ?? (await importRun(db));
  const results: ImportResult[] = [];
  for (let from = 0; from < items.length; from += IMPORT_BATCH) {
    const batch = items.slice(from, from + IMPORT_BATCH);
    const outcomes = await storeBatch(db, batch, eventId, options, run);
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome instanceof ImportError || "error" in item) {
        results.push(failed(item, "error" in item ? item.error : (outcome as ImportError)));
        return;
      }
      const { outletId: _outlet, ...stored } = outcome;
      const { article } = item;
      results.push({
        source: item.source,
        row: item.row,
        ...stored,
        title: article.title,
        lang: article.lang,
        detectedLang: article.detectedLang,
        encoding: article.encoding,
        error: null,
      });
    });
    await options.committed?.(results.length);
  }
  return results;
}
