import "server-only";
import { articleHeading } from "@/lib/articles/heading";
import type { PrismaClient } from "@/lib/db/client";
import { publishedOn } from "@/lib/domain/dates";

export const PICK_SIZE = 25;

/**
 * Articles an editor may add to an event: those not in it yet whose title or outlet
 * contains `q` (case-insensitive for Latin and Cyrillic alike), newest imports first.
 */
export async function articlesOutside(db: PrismaClient, eventId: string, q: string) {
  const words = q.trim().slice(0, 100);
  const variants = [...new Set([words, words.toLowerCase(), words.toUpperCase(), capitalize(words)])];
  const rows = await db.article.findMany({
    where: {
      events: { none: { eventId } },
      ...(words && {
        OR: variants.flatMap((w) => [{ title: { contains: w } }, { outlet: { name: { contains: w } } }]),
      }),
    },
    orderBy: [{ importedAt: "desc" }, { id: "asc" }],
    take: PICK_SIZE,
    select: articleHeading,
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    lang: a.lang,
    publishedAt: publishedOn(a),
    outlet: a.outlet?.name ?? null,
  }));
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
