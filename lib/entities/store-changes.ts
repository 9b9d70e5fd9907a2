import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { entityKind, id, nameLanguage, nameText } from "@/lib/domain/schemas";
import { Refusal } from "@/lib/server/errors";
import { nameSkeleton, normalizeName } from "@/lib/text/names";

/** Correcting an entity and tidying duplicates: its kind and names, and merging two into one. */

const nameEntry = z.strictObject({ lang: nameLanguage, name: nameText(200), primary: z.boolean().default(false) });

/** A change to an entity: its kind, and the whole list of its names (the primary one per language, and aliases). */
export const entityChange = z.strictObject({
  kind: entityKind.optional(),
  names: z
    .array(nameEntry)
    .min(1)
    .max(100)
    .refine((names) => new Set(names.map((n) => `${n.lang}\u0000${normalizeName(n.name)}`)).size === names.length, {
      message: "a name is listed twice in one language",
    })
    .refine(
      (names) =>
        new Set(names.filter((n) => n.primary).map((n) => n.lang)).size === names.filter((n) => n.primary).length,
      {
        message: "a language has more than one primary name",
      },
    )
    .optional(),
});
export type EntityChange = z.output<typeof entityChange>;

export const entityMerge = z.strictObject({ into: id });

const nameRow = (entityId: string, n: { lang: string; name: string; primary: boolean }) => ({
  entityId,
  lang: n.lang,
  name: n.name,
  isPrimary: n.primary,
  normalized: normalizeName(n.name),
  skeleton: nameSkeleton(n.name),
});

async function snapshot(tx: Tx, id: string) {
  const entity = await tx.entity.findUnique({
    where: { id },
    include: { names: { orderBy: [{ lang: "asc" }, { name: "asc" }] } },
  });
  return (
    entity && {
      kind: entity.kind,
      names: entity.names.map((n) => ({ lang: n.lang, name: n.name, primary: n.isPrimary })),
    }
  );
}

/** Changes an entity's kind or names in one transaction; a change that changes nothing writes nothing. */
export async function updateEntity(db: PrismaClient, entityId: string, change: EntityChange, user: AuthUser) {
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, entityId);
    if (!before) throw new Refusal("notFound");
    const names = change.names?.map((n) => ({ lang: n.lang, name: n.name, primary: n.primary }));
    const sorted = (list: typeof names) =>
      JSON.stringify([...(list ?? [])].sort((a, b) => `${a.lang}${a.name}`.localeCompare(`${b.lang}${b.name}`)));
    const kindChanges = change.kind !== undefined && change.kind !== before.kind;
    const namesChange = names !== undefined && sorted(names) !== sorted(before.names);
    if (!kindChanges && !namesChange) return before;
    if (kindChanges) await tx.entity.update({ where: { id: entityId }, data: { kind: change.kind } });
    if (namesChange) {
      await tx.entityName.deleteMany({ where: { entityId } });
      await tx.entityName.createMany({ data: names!.map((n) => nameRow(entityId, n)) });
    }
    const after = (await snapshot(tx, entityId))!;
    await recordAudit(tx, { userId: user.id, action: "update", entityType: "entity", entityId, before, after });
    return after;
  });
}

/**
 * Merges an entity into another: its claims and candidates name the other as their
 * speaker, its names become the other's aliases (those it does not have already), and
 * it is gone. All in one transaction, audited with what moved.
 */
export async function mergeEntity(db: PrismaClient, entityId: string, into: string, user: AuthUser) {
  if (entityId === into) throw new Refusal("mergeSelf", { fields: ["into"] });
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([snapshot(tx, entityId), snapshot(tx, into)]);
    if (!source) throw new Refusal("notFound");
    if (!target) throw new Refusal("invalid", { fields: ["into"] });
    const known = new Set(target.names.map((n) => `${n.lang}\u0000${n.name}`));
    const aliases = source.names.filter((n) => !known.has(`${n.lang}\u0000${n.name}`));
    const claims = await tx.claim.updateMany({ where: { speakerId: entityId }, data: { speakerId: into } });
    const candidates = await tx.candidate.updateMany({ where: { speakerId: entityId }, data: { speakerId: into } });
    // the claims it relayed now name the entity it became (deleting it would leave the relays unnamed)
    await tx.claimRelay.updateMany({ where: { entityId }, data: { entityId: into } });
    await tx.candidateRelay.updateMany({ where: { entityId }, data: { entityId: into } });
    await tx.entity.delete({ where: { id: entityId } });
    if (aliases.length)
      await tx.entityName.createMany({ data: aliases.map((n) => nameRow(into, { ...n, primary: false })) });
    await recordAudit(tx, {
      userId: user.id,
      action: "merge",
      entityType: "entity",
      entityId,
      before: source,
      after: {
        into,
        claimsMoved: claims.count,
        candidatesMoved: candidates.count,
        aliasesAdded: aliases.map((n) => n.name),
      },
    });
    return { into, claimsMoved: claims.count, candidatesMoved: candidates.count, aliasesAdded: aliases.length };
  });
}
