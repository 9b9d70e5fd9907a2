import { parentPort } from "node:worker_threads";
import { EntityMatcher } from "@/lib/candidates/entities";
import { extractCandidates } from "@/lib/candidates/extract";
import { articleStems } from "@/lib/search/stems";
import { contentHash } from "@/lib/text/hash";
import { ImportError } from "./errors";
import { prepareFile } from "./pipeline";
import { fingerprint } from "./similarity";
import type { WorkerReply, WorkerRequest } from "./workers";

/**
 * An import's worker thread (lib/import/workers.ts starts it): prepares files into articles with
 * what storing them computes from their text, and finds an article's candidate claims with the
 * entities the run sent it once.
 */
let matcher: EntityMatcher | null = null;

async function answer(request: WorkerRequest): Promise<WorkerReply["result"]> {
  switch (request.op) {
    case "prepare": {
      const items = await prepareFile(request.name, request.bytes, request.defaults);
      return items.map((item) =>
        "error" in item
          ? { ...item, error: { code: item.error.code, values: item.error.values } }
          : {
              ...item,
              article: {
                ...item.article,
                derived: {
                  hash: contentHash(item.article.text),
                  fingerprint: fingerprint(item.article.text),
                  stems: articleStems(item.article),
                },
              },
            },
      );
    }
    case "entities":
      matcher = new EntityMatcher(request.entities);
      return null;
    case "candidates":
      if (!matcher) throw new Error("no entities were sent before candidates were asked for");
      return extractCandidates(request.text, request.lang, matcher, { outlet: request.outlet });
  }
}

parentPort!.on("message", (request: WorkerRequest) => {
  answer(request).then(
    (result) => parentPort!.postMessage({ id: request.id, result } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof ImportError ? error.code : String((error as Error)?.stack ?? error),
      } satisfies WorkerReply),
  );
});
