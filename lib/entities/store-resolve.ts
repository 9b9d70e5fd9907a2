import "server-only";
import type { Tx } from "@/lib/db/client";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { nameSkeleton } from "@/lib/text/names";
import { insertEntity } from "./store";

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
  return known ? known.entityId : (await insertEntity(tx, { name, kind, lang }, actorId)).id;
}
