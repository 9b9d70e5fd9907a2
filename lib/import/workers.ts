import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { KnownEntity } from "@/lib/candidates/entities";
import type { CandidateDraft } from "@/lib/candidates/extract";
import { ImportError, type ImportErrorCode, type ImportErrorValues } from "./errors";
import type { ImportDefaults, PreparedItem } from "./pipeline";

type Request =
  | { op: "prepare"; name: string; bytes: Uint8Array; defaults: ImportDefaults }
  | { op: "entities"; entities: KnownEntity[] }
  | { op: "candidates"; text: string; lang: string; outlet: string[] };

export type WorkerRequest = Request & { id: number };

export interface WorkerReply {
  id: number;
  result?: unknown;
  /** an ImportError's code, or what went wrong */
  error?: string;
}

/** Files a run needs before its text work goes to worker threads: starting them takes about as long as 200 files. */
const WORKERS_FROM = 200;

/** The JavaScript heap of an import's thread, in MiB (npm run import caps its own so): a batch holds a few MiB. */
export const IMPORT_HEAP_MIB = 256;

/** An import's workers by default: one for each core but the one that stores, for a run long enough to repay them. */
export const defaultWorkers = (files: number) =>
  files > WORKERS_FROM ? Math.max(1, os.availableParallelism() - 1) : 0;

type Asked = { resolve: (value: unknown) => void; reject: (error: Error) => void; worker: Thread };
type Thread = { thread: Worker; busy: number; entities: Promise<unknown> | null };

/** The worker's module, run through tsx as every script of the project is. */
function startWorker(): Worker {
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const entry = fileURLToPath(new URL("./worker.ts", import.meta.url));
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    // left alone, V8 grows a thread's heap far past what it holds before it collects
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MIB },
  });
}

/**
 * Threads that do an import's text work beside the thread that stores: decoding, extraction,
 * language, hashes, search stems (`prepare`) and candidate claims (`candidates`). Each request
 * goes to the least busy thread. The entities are read once per run, when the first candidates
 * are asked for, and sent to each thread before its first.
 */
export class TextWorkers {
  private readonly threads: Thread[];
  private readonly asked = new Map<number, Asked>();
  private lastId = 0;

  constructor(
    size: number,
    private readonly entities: () => Promise<KnownEntity[]>,
  ) {
    this.threads = Array.from({ length: size }, () => {
      const worker: Thread = { thread: startWorker(), busy: 0, entities: null };
      worker.thread.on("message", (reply: WorkerReply) => this.settle(reply));
      worker.thread.on("error", (error) => this.fail(worker, error));
      worker.thread.on("exit", (code) => this.fail(worker, new Error(`an import worker stopped (${code})`)));
      return worker;
    });
  }

  get size() {
    return this.threads.length;
  }

  private settle({ id, result, error }: WorkerReply) {
    const asked = this.asked.get(id);
    if (!asked) return;
    this.asked.delete(id);
    asked.worker.busy--;
    if (error === undefined) asked.resolve(result);
    else asked.reject(new Error(error));
  }

  private fail(worker: Thread, error: Error) {
    for (const [id, asked] of this.asked)
      if (asked.worker === worker) {
        this.asked.delete(id);
        asked.reject(error);
      }
  }

  private ask(worker: Thread, request: Request) {
    const id = ++this.lastId;
    worker.busy++;
    return new Promise<unknown>((resolve, reject) => {
      this.asked.set(id, { resolve, reject, worker });
      worker.thread.postMessage({ ...request, id });
    });
  }

  private leastBusy(): Thread {
    return this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  /** A file's articles, each with what storing computes from its text (prepareFile's items). */
  async prepare(name: string, bytes: Uint8Array, defaults: ImportDefaults = {}): Promise<PreparedItem[]> {
    const items = (await this.ask(this.leastBusy(), { op: "prepare", name, bytes, defaults })) as (
      PreparedItem | { source: string; row: number | null; error: { code: ImportErrorCode; values: ImportErrorValues } }
    )[];
    // an error crosses the thread as its code and values
    return items.map((item) =>
      "error" in item ? { ...item, error: new ImportError(item.error.code, item.error.values) } : item,
    );
  }

  /** The candidate claims of an article whose outlet has these names. */
  async candidates(article: { text: string; lang: string }, outlet: string[]): Promise<CandidateDraft[]> {
    const worker = this.leastBusy();
    // sent once, before the thread's first candidates: messages keep their order
    await (worker.entities ??= this.entities().then(
      (entities) => void this.ask(worker, { op: "entities", entities }).catch(() => {}),
      (error: unknown) => {
        worker.entities = null; // asked again with the next candidates
        throw error;
      },
    ));
    return (await this.ask(worker, {
      op: "candidates",
      text: article.text,
      lang: article.lang,
      outlet,
    })) as CandidateDraft[];
  }

  async close() {
    await Promise.all(this.threads.map((w) => w.thread.terminate()));
  }
}
