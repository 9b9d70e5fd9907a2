import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { contentHash } from "@/lib/text/hash";

let demo: { hashes: string[]; slugs: string[] } | null = null;

/** The demo corpus's article hashes and event slugs, read once from the seed files. */
function demoMarks() {
  if (!demo) {
    const corpus = loadDemoCorpus();
    demo = { hashes: [...corpus.texts.values()].map(contentHash), slugs: corpus.demo.events.map((e) => e.slug) };
  }
  return demo;
}

/**
 * Whether the team has not started yet: no article and no event beyond the demo
 * corpus. Two indexed lookups of at most one row each, whatever the corpus's size.
 */
export async function isNewCorpus(db: PrismaClient): Promise<boolean> {
  const { hashes, slugs } = demoMarks();
  const [article, event] = await Promise.all([
    db.article.findFirst({ where: { contentHash: { notIn: hashes } }, select: { id: true } }),
    db.event.findFirst({ where: { slug: { notIn: slugs } }, select: { id: true } }),
  ]);
  return !article && !event;
}
