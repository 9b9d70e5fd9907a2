import "server-only";
import { recordAudit } from "@/lib/audit/store";
import type { Tx } from "@/lib/db/client";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { uniqueSlug } from "@/lib/text/slug";

/**
 * The entity a name met in an article stands for: one that goes by a name with the same
 * skeleton (so "Майорка" finds "Mayorca"), or a new one named so, recorded in the audit log.
 */
export async function entityFor(
  tx: Tx,
  name: string,
  kind: EntityKind,
  lang: string,
  actorId: string,
): Promise<string> {
  const skeleton = nameSkeleton(name);
  const known = skeleton ? await tx.entityName.findFirst({ where: { skeleton }, select: { entityId: true } }) : null;
  if (known) return known.entityId;
  const slug = await uniqueSlug(
    name,
    "entity",
    async (s) => !!(await tx.entity.findUnique({ where: { slug: s }, select: { id: true } })),
  );
  const entity = await tx.entity.create({
    data: {
      slug,
      kind,
      names: { create: { lang, name, isPrimary: true, normalized: normalizeName(name), skeleton } },
    },
  });
  await recordAudit(tx, {
    userId: actorId,
    action: "create",
    entityType: "entity",
    entityId: entity.id,
    after: { slug, kind, name, lang },
  });
  return entity.id;
}
