import type { PrismaClient } from "@/lib/db/client";
import { ImportError } from "./errors";
import { prepareFile, type ImportDefaults, type PreparedItem } from "./pipeline";
import { IMPORT_BATCH, importRun, outletNamesFor, storeItems, type ImportResult, type ImportRun } from "./store";
import { TextWorkers } from "./workers";

/** A file to import: its name (the source recorded) and its bytes, read when its turn comes. */
export interface ImportFile {
  name: string;
  read: () => Uint8Array | ImportError;
}

export interface ImportFilesOptions {
  defaults?: ImportDefaults;
  /** an event the articles join: its id or slug */
  event?: string | null;
  userId: string | null;
  /** threads for the text work; none (0) does it all on this thread, as a run of one batch does */
  workers: number;
  /** told each file's results once its batch is committed, in the files' order */
  stored?: (index: number, results: ImportResult[]) => void;
}

type Prepared = { index: number; items: PreparedItem[] };

/**
 * Imports files as a pipeline: worker threads prepare the files ahead (decoding, extraction,
 * language, hashes, search stems) and find the candidate claims of a batch's new articles while
 * this thread stores the batch before it, IMPORT_BATCH articles to a transaction. Storing decides
 * all the same: an exact duplicate is found in the transaction, and candidates found with other
 * outlet names than the article's are found again. A run whose articles are all stored never
 * reads the entities. Returns each file's results, in order.
 */
export async function importFiles(
  db: PrismaClient,
  files: ImportFile[],
  options: ImportFilesOptions,
): Promise<ImportResult[][]> {
  const run = await importRun(db);
  const workers = options.workers > 0 ? new TextWorkers(options.workers, () => run.entities(db)) : null;
  const prepare = (index: number): Promise<Prepared> => {
    const file = files[index]!;
    const bytes = file.read();
    if (bytes instanceof ImportError)
      return Promise.resolve({ index, items: [{ source: file.name, row: null, error: bytes }] });
    const items = workers
      ? workers.prepare(file.name, bytes, options.defaults)
      : prepareFile(file.name, bytes, options.defaults);
    return items.then((list) => ({ index, items: list }));
  };
  // files being prepared, in order: two batches ahead of the one stored
  const window: Promise<Prepared>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && window.length < 2 * IMPORT_BATCH) {
      const prepared = prepare(next++);
      prepared.catch(() => {}); // a failure is thrown where its turn comes, not while it waits
      window.push(prepared);
    }
  };
  const nextBatch = async (): Promise<Prepared[]> => {
    const batch: Prepared[] = [];
    let items = 0;
    fill();
    while (window.length > 0 && items < IMPORT_BATCH) {
      const prepared = await window.shift()!;
      batch.push(prepared);
      items += prepared.items.length;
      fill();
    }
    return batch;
  };
  const results: ImportResult[][] = [];
  try {
    let batch = await nextBatch();
    let drafted = workers && batch.length ? (await draft(db, workers, run, batch)).found : Promise.resolve();
    while (batch.length > 0) {
      const following = await nextBatch();
      // asked before this batch's transaction holds the database; the workers find them meanwhile
      const followingDrafted = workers && following.length ? (await draft(db, workers, run, following)).found : null;
      await drafted;
      const stored = await storeItems(
        db,
        batch.flatMap((p) => p.items),
        { event: options.event, userId: options.userId, run },
      );
      let at = 0;
      for (const { index, items } of batch) {
        results[index] = stored.slice(at, (at += items.length));
        options.stored?.(index, results[index]);
      }
      batch = following;
      drafted = followingDrafted ?? Promise.resolve();
    }
  } finally {
    await workers?.close();
  }
  return results;
}

/**
 * Reads which of a batch's articles are stored, then sets the workers finding the others'
 * candidates (`found`). An article they fail on is left to the store, which finds its own.
 */
async function draft(db: PrismaClient, workers: TextWorkers, run: ImportRun, batch: Prepared[]) {
  const articles = batch.flatMap((p) => p.items.flatMap((item) => ("article" in item ? [item.article] : [])));
  const hashes = articles.flatMap((a) => (a.derived ? [a.derived.hash] : []));
  const stored = new Set(
    (await db.article.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } })).map(
      (a) => a.contentHash,
    ),
  );
  const found = Promise.all(
    articles.map(async (article) => {
      if (!article.derived || stored.has(article.derived.hash)) return;
      const outlet = outletNamesFor(run, article.outlet);
      const list = await workers.candidates(article, outlet).catch(() => null);
      if (list) article.derived.drafts = { outlet, list };
    }),
  ).then(() => {});
  return { found };
}
