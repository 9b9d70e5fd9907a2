import "server-only";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { negatingStances } from "@/lib/domain/vocabulary";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Proposal } from "./proposals";

/**
 * The claims that denials of an event hold in their own words: "Rodríguez called Bolton a liar for
 * saying some 20,000 Cubans are in Venezuela" holds Bolton's figure. Each denial (or dispute)
 * contradicts the affirming claims lying inside its span, whatever their aspect: a proposal as sure
 * as a proposal gets, read by the database through the index on the article and start. Those of
 * the denials of one aspect.
 */
export async function nestedAnswers(db: PrismaClient | Tx, eventId: string, aspectId: string): Promise<Proposal[]> {
  const negating = Prisma.join(negatingStances);
  const rows = await db.$queryRaw<{ from: string; to: string }[]>`
    SELECT d."id" AS "from", c."id" AS "to"
    FROM "Claim" d
    JOIN "Claim" c ON c."articleId" = d."articleId" AND c."start" >= d."start" AND c."end" <= d."end"
      AND c."id" <> d."id"
    WHERE d."eventId" = ${eventId} AND d."deletedAt" IS NULL AND d."status" = 'confirmed'
      AND d."aspectId" = ${aspectId} AND d."stance" IN (${negating})
      AND c."eventId" = ${eventId} AND c."deletedAt" IS NULL AND c."status" = 'confirmed'
      AND c."aspectId" IS NOT NULL AND c."stance" NOT IN (${negating})
    ORDER BY d."articleId", d."start", c."start", c."id"`;
  return rows.map((r) => ({ from: r.from, to: r.to, kind: "contradicts" }));
}
