import "server-only";
import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { entityName } from "@/lib/domain/localize";
import { quantityOf, quantitySelect } from "@/lib/domain/quantity";
import { id } from "@/lib/domain/schemas";
import { nestedRelations, relationKinds, sameClaimRelations, type RelationKind } from "@/lib/domain/vocabulary";
import { Refusal } from "@/lib/server/errors";
import { within } from "@/lib/text/segments";
import { PROPOSALS_PER_PAGE } from "./proposals";
import { live, storedProposals } from "./store-proposals";

export { PROPOSALS_PER_PAGE };

/**
 * Relations between claims of one event: drawn by an editor, or proposed (proposals.ts, stored by
 * store-proposals.ts) and accepted or rejected. A rejected proposal is kept so that it is not
 * proposed again. Relations of a deleted claim stay, out of every view, and come back with it.
 */

/** `POST /api/claims/{id}/relations`: this claim `kind` the claim `to`; `rejected` turns a proposal down. */
export const newRelation = z.strictObject({
  kind: z.enum(relationKinds),
  to: id,
  status: z.enum(["confirmed", "rejected"]).default("confirmed"),
});

const snapshot = (r: { fromId: string; toId: string; kind: string; status: string; eventId: string }) => ({
  from: r.fromId,
  to: r.toId,
  kind: r.kind,
  status: r.status,
  eventId: r.eventId,
});

/** The stored relation of `kind` between two claims, in either direction for a symmetric kind. */
function existing(tx: Tx, kind: RelationKind, from: string, to: string) {
  const pairs = [
    { fromId: from, toId: to },
    ...(sameClaimRelations.includes(kind) ? [{ fromId: to, toId: from }] : []),
  ];
  return tx.claimRelation.findFirst({ where: { kind, OR: pairs } });
}

export async function createRelation(
  db: PrismaClient,
  fromId: string,
  input: z.output<typeof newRelation>,
  user: AuthUser,
) {
  return db.$transaction((tx) => insertRelation(tx, fromId, input, user.id));
}

/** Makes (or turns a rejected proposal into) the relation `fromId` `kind` `to` within `tx`, checked and audited. */
export async function insertRelation(tx: Tx, fromId: string, input: z.output<typeof newRelation>, userId: string) {
  const [from, to] = await Promise.all(
    [fromId, input.to].map((claimId) =>
      tx.claim.findUnique({
        where: { id: claimId },
        select: { id: true, eventId: true, deletedAt: true, articleId: true, start: true, end: true },
      }),
    ),
  );
  if (!from) throw new Refusal("notFound");
  if (!to) throw new Refusal("invalid", { fields: ["to"] });
  if (from.deletedAt || to.deletedAt) throw new Refusal("claimDeleted");
  if (from.id === to.id) throw new Refusal("relationSelf");
  if (!from.eventId || from.eventId !== to.eventId) throw new Refusal("relationOtherEvent");
  const nested = from.articleId === to.articleId && (within(from, to) || within(to, from));
  if (nested && !nestedRelations.includes(input.kind)) throw new Refusal("relationNested");
  const before = await existing(tx, input.kind, from.id, to.id);
  if (before && (before.status === "confirmed" || input.status === "rejected")) throw new Refusal("relationExists");
  const data = { eventId: from.eventId, fromId: from.id, toId: to.id, kind: input.kind, status: input.status };
  // a proposal once turned down may still be drawn by hand: the rejected row becomes the relation
  const relation = before
    ? await tx.claimRelation.update({ where: { id: before.id }, data: { ...data, creatorId: userId } })
    : await tx.claimRelation.create({ data: { ...data, creatorId: userId } });
  await recordAudit(tx, {
    userId,
    action: before ? "update" : "create",
    entityType: "relation",
    entityId: relation.id,
    ...(before && { before: snapshot(before) }),
    after: snapshot(relation),
  });
  return relation;
}

export async function deleteRelation(db: PrismaClient, relationId: string, user: AuthUser) {
  await db.$transaction(async (tx) => {
    const before = await tx.claimRelation.findUnique({ where: { id: relationId } });
    if (!before || before.status !== "confirmed") throw new Refusal("notFound");
    await tx.claimRelation.delete({ where: { id: relationId } });
    await recordAudit(tx, {
      userId: user.id,
      action: "delete",
      entityType: "relation",
      entityId: relationId,
      before: snapshot(before),
    });
  });
}

/** An event's confirmed relations, oldest first. */
export function confirmedRelations(db: PrismaClient, eventId: string) {
  return db.claimRelation.findMany({
    where: { eventId, status: "confirmed", ...live },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, fromId: true, toId: true },
  });
}

export interface RelationItem {
  /** null for a proposal */
  id: string | null;
  kind: RelationKind;
  from: string;
  to: string;
  status: "confirmed" | "proposed";
}

/**
 * `GET /api/events/{id}/relations`: the confirmed relations, then (for an editor, `proposals`) the
 * proposals not yet decided, aspect by aspect, as stored (lib/relations/store-proposals.ts).
 */
export async function eventRelations(
  db: PrismaClient,
  eventId: string,
  { proposals = true }: { proposals?: boolean } = {},
): Promise<RelationItem[]> {
  const [confirmed, proposed] = await Promise.all([
    confirmedRelations(db, eventId),
    proposals ? storedProposals(db, eventId) : { items: [] },
  ]);
  return [
    ...confirmed.map((r) => ({ id: r.id, kind: r.kind, from: r.fromId, to: r.toId, status: "confirmed" as const })),
    ...proposed.items.map((p) => ({ id: null, ...p, status: "proposed" as const })),
  ];
}

/** How many claims the "link to…" picker offers at once. */
export const PICKER_SIZE = 20;

/**
 * The claims of an event an editor may link a claim to, found by words of the quote, the
 * speaker's name or a figure ("20000", "20 000"): each word must match one of them.
 */
export async function findEventClaims(db: PrismaClient, eventId: string, query: string, lng: Lng) {
  const terms = query.trim().split(/\s+/u).filter(Boolean).slice(0, 8);
  const figure = Number(query.replace(/[\s\u00a0\u202f,]/gu, ""));
  const rows = await db.claim.findMany({
    where: {
      eventId,
      deletedAt: null,
      status: "confirmed",
      OR: [
        {
          AND: terms.map((term) => ({
            OR: [{ quote: { contains: term } }, { speaker: { names: { some: { name: { contains: term } } } } }],
          })),
        },
        ...(Number.isFinite(figure) && figure > 0
          ? [
              { statedLow: { lte: figure }, statedHigh: { gte: figure } },
              { low: { lte: figure }, high: { gte: figure } },
            ]
          : []),
      ],
    },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    take: PICKER_SIZE,
    select: pickedSelect,
  });
  return rows.map((c) => picked(c, lng));
}

/** What the picker and the proposals show of a claim. */
const pickedSelect = {
  id: true,
  quote: true,
  articleId: true,
  stance: true,
  ...quantitySelect,
  speaker: { select: { slug: true, names: true } },
  article: { select: { lang: true, title: true, outlet: { select: { name: true } } } },
} as const;

type PickedRow = Awaited<ReturnType<typeof describeRows>>[number];
const describeRows = (db: PrismaClient, ids: string[]) =>
  db.claim.findMany({ where: { id: { in: ids } }, select: pickedSelect });

function picked(c: PickedRow, lng: Lng) {
  return {
    id: c.id,
    quote: c.quote,
    articleId: c.articleId,
    lang: c.article.lang,
    stance: c.stance,
    source: c.article.outlet?.name ?? c.article.title,
    speaker: c.speaker && (entityName(c.speaker.names, lng)?.text ?? c.speaker.slug),
    quantity: quantityOf(c),
  };
}

/**
 * One page of the relations proposed for the event (from 1; past the end, the last), with the
 * claims at both ends described; only the page's claims are read whole.
 */
export async function proposedRelations(db: PrismaClient, eventId: string, lng: Lng, page = 1) {
  const asked = Math.max(1, page);
  let proposals = await storedProposals(db, eventId, (asked - 1) * PROPOSALS_PER_PAGE, PROPOSALS_PER_PAGE);
  const pages = Math.max(1, Math.ceil(proposals.total / PROPOSALS_PER_PAGE));
  const shown = Math.min(asked, pages);
  if (shown !== asked)
    proposals = await storedProposals(db, eventId, (shown - 1) * PROPOSALS_PER_PAGE, PROPOSALS_PER_PAGE);
  const items = proposals.items.map((p) => ({ ...p, id: null, status: "proposed" as const }));
  const rows = await describeRows(db, [...new Set(items.flatMap((p) => [p.from, p.to]))]);
  const claims = new Map(rows.map((c) => [c.id, picked(c, lng)]));
  return {
    items: items.map((p) => ({ ...p, fromClaim: claims.get(p.from)!, toClaim: claims.get(p.to)! })),
    total: proposals.total,
    page: shown,
    pages,
  };
}

export type PickedClaim = Awaited<ReturnType<typeof findEventClaims>>[number];
