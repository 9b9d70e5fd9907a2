import "server-only";
import { changesOf } from "@/lib/candidates/extract";
import type { Tx } from "@/lib/db/client";
import { overlaps } from "@/lib/text/segments";
import { insertRelation } from "./store";

/**
 * Joins an article's figure claims that are one source's before and after ("cut its staff from
 * about 1,000 to just a few dozen", «скоротила з тисячі до кількох десятків»): the later *updates*
 * the earlier, drawn with the decision that accepted them and audited as the editor's, so the
 * comparison shows a change, never a disagreement. Two claims already related in any way, or of
 * different aspects, are left as they are.
 */
export async function joinChanges(tx: Tx, articleId: string, userId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { text: true, lang: true } });
  const changes = article ? changesOf(article.text, article.lang) : [];
  if (changes.length === 0) return;
  const figures = await tx.claim.findMany({
    where: { articleId, deletedAt: null, status: "confirmed", kind: "figure", eventId: { not: null } },
    select: { id: true, start: true, end: true, eventId: true, aspectId: true },
  });
  for (const change of changes) {
    const earlier = figures.find((c) => overlaps(c, change.from));
    const later = figures.find((c) => overlaps(c, change.to));
    if (!earlier || !later || earlier === later || earlier.aspectId !== later.aspectId) continue;
    if (earlier.eventId !== later.eventId) continue;
    const related = await tx.claimRelation.findFirst({
      where: {
        OR: [
          { fromId: later.id, toId: earlier.id },
          { fromId: earlier.id, toId: later.id },
        ],
      },
      select: { id: true },
    });
    if (!related) await insertRelation(tx, later.id, { kind: "updates", to: earlier.id, status: "confirmed" }, userId);
  }
}
