import "server-only";
import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { entityName, localize } from "@/lib/domain/localize";
import { entityKind, nameLanguage, nameText } from "@/lib/domain/schemas";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { keysetPage, LIST_PAGE } from "@/lib/server/paging";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { uniqueSlug } from "@/lib/text/slug";

/**
 * Entities any of whose names or aliases, in any language, contain the query, however
 * it is spelt or transliterated: "Гуайдо" finds Guaidó, "Лавров" finds a name stored only
 * as "Lavrov", "Peskov" finds "Пєсков" (lib/text/names.ts).
 */
export async function searchEntities(db: PrismaClient, query: string, lng: Lng, limit = 10) {
  const needle = normalizeName(query);
  if (!needle) return [];
  const skeleton = nameSkeleton(query);
  const names = await db.entityName.findMany({
    where: { OR: [{ normalized: { contains: needle } }, ...(skeleton ? [{ skeleton: { contains: skeleton } }] : [])] },
    select: { entityId: true, name: true },
    take: 200,
  });
  const ids = [...new Set(names.map((n) => n.entityId))].slice(0, limit);
  const entities = await db.entity.findMany({ where: { id: { in: ids } }, include: { names: true } });
  return ids.flatMap((id) => {
    const e = entities.find((x) => x.id === id);
    if (!e) return [];
    return [
      {
        id: e.id,
        slug: e.slug,
        kind: e.kind,
        name: entityName(e.names, lng)?.text ?? e.slug,
        matched: names.find((n) => n.entityId === id)!.name,
      },
    ];
  });
}

export const newEntity = z.strictObject({
  name: nameText(200),
  kind: entityKind,
  lang: nameLanguage.default("und"),
});

export async function createEntity(db: PrismaClient, input: z.output<typeof newEntity>, user: AuthUser) {
  return db.$transaction((tx) => insertEntity(tx, input, user.id));
}

/** Makes an entity with its primary name within `tx`, recorded in the audit log as `actorId`'s. */
export async function insertEntity(
  tx: Tx,
  input: { name: string; kind: EntityKind; lang: string },
  actorId: string | null,
) {
  const slug = await uniqueSlug(
    input.name,
    "entity",
    async (s) => !!(await tx.entity.findUnique({ where: { slug: s }, select: { id: true } })),
  );
  const entity = await tx.entity.create({
    data: {
      slug,
      kind: input.kind,
      names: {
        create: {
          lang: input.lang,
          name: input.name,
          isPrimary: true,
          normalized: normalizeName(input.name),
          skeleton: nameSkeleton(input.name),
        },
      },
    },
  });
  await recordAudit(tx, {
    userId: actorId,
    action: "create",
    entityType: "entity",
    entityId: entity.id,
    after: { slug, kind: input.kind, name: input.name, lang: input.lang },
  });
  return { id: entity.id, slug, kind: entity.kind, name: input.name };
}

/**
 * An entity with every name it goes by (per language, the primary one first) and the
 * claims it is the speaker of across events, newest first, a page at a time (`cursor`
 * is the last claim id of the page before). Null when there is no such entity.
 */
export async function getEntity(db: PrismaClient, id: string, lng: Lng, cursor?: string) {
  const entity = await db.entity.findUnique({
    where: { id },
    include: { names: { orderBy: [{ lang: "asc" }, { isPrimary: "desc" }, { name: "asc" }] } },
  });
  if (!entity) return null;
  const claims = await keysetPage(
    (args) =>
      db.claim.findMany({
        ...args,
        where: { speakerId: id, deletedAt: null, status: { not: "rejected" } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          quote: true,
          kind: true,
          stance: true,
          eventId: true,
          event: { select: { slug: true, translations: true } },
          article: { select: { id: true, title: true, lang: true, outlet: { select: { id: true, name: true } } } },
        },
      }),
    cursor,
  );
  const page = claims.items.map(({ event, ...c }) => ({
    ...c,
    event: event && { id: c.eventId!, title: localize(event.translations, lng, "title")?.text ?? event.slug },
  }));
  return {
    id: entity.id,
    slug: entity.slug,
    kind: entity.kind,
    name: entityName(entity.names, lng)?.text ?? entity.slug,
    names: entity.names.map((n) => ({ lang: n.lang, name: n.name, primary: n.isPrimary })),
    claims: page,
    nextCursor: claims.next,
  };
}

/**
 * People, organisations and countries, a page at a time, by slug (`cursor` is the last
 * id of the page before), with how many claims each is the speaker of. With `query`,
 * the entities whose names match it however spelt (as `searchEntities`), up to a page.
 */
export async function listEntities(
  db: PrismaClient,
  lng: Lng,
  { query = "", cursor = undefined as string | undefined } = {},
) {
  const found = query.trim() ? await searchEntities(db, query, lng, LIST_PAGE) : null;
  const { items: page, next } = await keysetPage(
    (args) =>
      db.entity.findMany({
        ...args,
        where: found ? { id: { in: found.map((e) => e.id) } } : {},
        orderBy: [{ slug: "asc" }],
        include: {
          names: true,
          _count: { select: { claims: { where: { deletedAt: null, status: { not: "rejected" } } } } },
        },
      }),
    found ? null : cursor,
  );
  const order = found ? new Map(found.map((e, i) => [e.id, i])) : null;
  if (order) page.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    entities: page.map((e) => {
      const name = entityName(e.names, lng);
      return {
        id: e.id,
        kind: e.kind,
        name: name?.text ?? e.slug,
        nameLang: name?.lang ?? null,
        aliases: e.names.filter((n) => n.name !== name?.text).map((n) => n.name),
        claimCount: e._count.claims,
        matched: found?.find((f) => f.id === e.id)?.matched ?? null,
      };
    }),
    nextCursor: found ? null : next,
  };
}
