import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { PrismaClient } from "@/lib/db/client";
import { differences, languageTag, nameText, plainText } from "@/lib/domain/schemas";
import { safeHttpUrl } from "@/lib/text/url";
import { blankIsNull } from "@/lib/validation";
import { Refusal } from "./errors";

/** Outlets with how many articles each has, and how many articles name no outlet. */
export async function listOutlets(db: PrismaClient) {
  const [outlets, unknownCount] = await Promise.all([
    db.outlet.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        country: true,
        lang: true,
        url: true,
        _count: { select: { articles: true } },
      },
    }),
    db.article.count({ where: { outletId: null } }),
  ]);
  return {
    outlets: outlets.map(({ _count, ...o }) => ({ ...o, url: safeHttpUrl(o.url), articleCount: _count.articles })),
    unknownCount,
  };
}

const outletFields = { id: true, slug: true, name: true, country: true, lang: true, url: true, notes: true } as const;

export async function getOutlet(db: PrismaClient, id: string) {
  return db.outlet.findUnique({ where: { id }, select: outletFields });
}

/** What an editor may change about an outlet; a field left out stays as it is. */
export const outletChange = z.strictObject({
  name: nameText(200).optional(),
  url: z
    .preprocess(
      blankIsNull,
      z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullable(),
    )
    .optional(),
  lang: z.preprocess(blankIsNull, z.string().trim().pipe(languageTag).nullable()).optional(),
  country: z
    .preprocess(
      blankIsNull,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
    )
    .optional(),
  notes: z.preprocess(blankIsNull, plainText(2000).nullable()).optional(),
});

export async function updateOutlet(
  db: PrismaClient,
  id: string,
  change: z.output<typeof outletChange>,
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.outlet.findUnique({ where: { id }, select: outletFields });
    if (!before) throw new Refusal("notFound");
    const data = differences(before, change);
    if (Object.keys(data).length === 0) return before;
    const after = await tx.outlet.update({ where: { id }, data, select: outletFields });
    await recordAudit(tx, { userId: actorId, action: "update", entityType: "outlet", entityId: id, before, after });
    return after;
  });
}
