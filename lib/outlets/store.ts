import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { differences, id, isoLanguage, nameText, plainText, webAddress } from "@/lib/domain/schemas";
import { blankIsNull } from "@/lib/domain/schemas";
import { Refusal } from "@/lib/server/errors";
import { keysetPage } from "@/lib/server/paging";
import { normalizeName } from "@/lib/text/names";
import { uniqueSlug } from "@/lib/text/slug";
import { safeHttpUrl } from "@/lib/text/url";

/** What a list of outlets shows of each. */
const outletListed = { id: true, slug: true, name: true, country: true, lang: true, url: true } as const;

/**
 * A page of the outlets by name (after the outlet `after`), with how many articles each has,
 * and how many articles name no outlet.
 */
/** Every outlet as a picker offers it (`GET /api/outlets?choices=1`): id and name, by name. */
export const outletChoices = (db: PrismaClient) =>
  db.outlet.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });

export async function listOutlets(db: PrismaClient, after: string | null = null) {
  const [{ items, next }, unknownCount] = await Promise.all([
    keysetPage(
      (page) =>
        db.outlet.findMany({
          orderBy: [{ name: "asc" }, { id: "asc" }],
          select: { ...outletListed, _count: { select: { articles: true } } },
          ...page,
        }),
      after,
    ),
    db.article.count({ where: { outletId: null } }),
  ]);
  return {
    outlets: items.map(({ _count, ...o }) => ({ ...o, url: safeHttpUrl(o.url), articleCount: _count.articles })),
    next,
    unknownCount,
  };
}

export const outletFields = {
  ...outletListed,
  ownership: true,
  notes: true,
} as const;

export async function getOutlet(db: PrismaClient, id: string) {
  return db.outlet.findUnique({ where: { id }, select: outletFields });
}

/** What an editor may change about an outlet; a field left out stays as it is. */
export const outletChange = z.strictObject({
  name: nameText(200).optional(),
  url: webAddress.optional(),
  lang: z.preprocess(blankIsNull, isoLanguage.nullable()).optional(),
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
  ownership: z.preprocess(blankIsNull, plainText(500).nullable()).optional(),
  notes: z.preprocess(blankIsNull, plainText(2000).nullable()).optional(),
});

/** A new outlet: its name, and whatever else is known. */
export const newOutlet = outletChange.extend({ name: nameText(200) });

export const outletMerge = z.strictObject({ into: id });

/** Refuses a name another outlet has, as its name or as an alias. */
async function refuseTakenName(tx: Tx, name: string, except?: string) {
  const wanted = normalizeName(name);
  const outlets = await tx.outlet.findMany({ where: { id: { not: except } }, select: { name: true } });
  const alias = await tx.outletAlias.findUnique({ where: { normalized: wanted }, select: { outletId: true } });
  if (outlets.some((o) => normalizeName(o.name) === wanted) || (alias && alias.outletId !== except))
    throw new Refusal("nameTaken", { fields: ["name"] });
}

export async function createOutlet(db: PrismaClient, input: z.output<typeof newOutlet>, actorId: string) {
  return db.$transaction(async (tx) => {
    await refuseTakenName(tx, input.name);
    const slug = await uniqueSlug(input.name, "outlet", async (s) =>
      Boolean(await tx.outlet.findUnique({ where: { slug: s }, select: { id: true } })),
    );
    const outlet = await tx.outlet.create({ data: { ...input, slug }, select: outletFields });
    await recordAudit(tx, {
      userId: actorId,
      action: "create",
      entityType: "outlet",
      entityId: outlet.id,
      after: outlet,
    });
    return outlet;
  });
}

/**
 * Merges an outlet into another: its articles move, its name and aliases become the
 * other's aliases (so import recognises them next time), and it is gone. One audited
 * transaction.
 */
export async function mergeOutlet(db: PrismaClient, outletId: string, into: string, actorId: string) {
  if (outletId === into) throw new Refusal("mergeSelf", { fields: ["into"] });
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.outlet.findUnique({ where: { id: outletId }, select: { ...outletFields, aliases: true } }),
      tx.outlet.findUnique({ where: { id: into }, select: { id: true, name: true } }),
    ]);
    if (!source) throw new Refusal("notFound");
    if (!target) throw new Refusal("invalid", { fields: ["into"] });
    const moved = await tx.article.updateMany({ where: { outletId }, data: { outletId: into } });
    await tx.outletAlias.updateMany({ where: { outletId }, data: { outletId: into } });
    const normalized = normalizeName(source.name);
    const aliasAdded = normalized !== normalizeName(target.name);
    if (aliasAdded)
      await tx.outletAlias.upsert({
        where: { normalized },
        create: { outletId: into, name: source.name, normalized },
        update: { outletId: into },
      });
    await tx.outlet.delete({ where: { id: outletId } });
    await recordAudit(tx, {
      userId: actorId,
      action: "merge",
      entityType: "outlet",
      entityId: outletId,
      before: source,
      after: { into, articlesMoved: moved.count, aliases: aliasAdded ? [source.name] : [] },
    });
    return { into, articlesMoved: moved.count };
  });
}

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
    if (data.name) await refuseTakenName(tx, data.name, id);
    const after = await tx.outlet.update({ where: { id }, data, select: outletFields });
    await recordAudit(tx, { userId: actorId, action: "update", entityType: "outlet", entityId: id, before, after });
    return after;
  });
}
