import "server-only";
import type { Lng } from "@/i18n/settings";
import { articleHeading } from "@/lib/articles/heading";
import type { PrismaClient } from "@/lib/db/client";
import { entityName } from "@/lib/domain/localize";
import { nameSkeleton } from "@/lib/text/names";
import { queryStems } from "@/lib/text/words";
import type { Alternatives, Hit, PageRows } from "./hits";
import type { Term } from "./query";

/** The entities with a name spelt like `skeleton` (lib/text/names.ts), with all their names. */
async function entitiesSpeltLike(db: PrismaClient, skeleton: string) {
  const names = await db.entityName.findMany({
    where: { skeleton: { contains: skeleton } },
    select: { entityId: true },
    take: 50,
  });
  return db.entity.findMany({
    where: { id: { in: [...new Set(names.map((n) => n.entityId))] } },
    include: { names: true },
  });
}

/**
 * Per query word, the same name in other scripts and spellings: the words of the names
 * of entities that have a word spelt like it ("Guaidó" → "Гуайдо", "Guaydo"), as stems.
 */
export async function entityAlternatives(db: PrismaClient, terms: Term[], lng: Lng): Promise<Alternatives> {
  const alternatives = new Map<string, string[]>();
  const via = new Map<string, string>();
  for (const t of terms) {
    if (t.exclude || t.prefix || t.phrase || t.words[0]!.length < 3) continue;
    const word = t.words[0]!;
    const skeleton = nameSkeleton(word);
    for (const e of await entitiesSpeltLike(db, skeleton)) {
      const spellings = e.names
        .flatMap((n) => n.name.split(/[\s-]+/))
        .filter((w) => nameSkeleton(w) === skeleton)
        .flatMap((w) => queryStems(w));
      if (!spellings.length) continue;
      alternatives.set(word, [...new Set([...(alternatives.get(word) ?? []), ...spellings])]);
      via.set(word, entityName(e.names, lng)?.text ?? e.slug);
    }
  }
  return { alternatives, via };
}

/** What a page of hits shows: their articles' headings, the claims' quotes and speakers, the notes, the articles' texts. */
export async function loadPageRows(db: PrismaClient, page: Hit[]): Promise<PageRows> {
  const ids = (kind: Hit["kind"]) => ({ in: page.filter((h) => h.kind === kind).map((h) => h.itemId) });
  const [articles, claims, notes, texts] = await Promise.all([
    db.article.findMany({ where: { id: { in: [...new Set(page.map((h) => h.articleId))] } }, select: articleHeading }),
    db.claim.findMany({
      where: { id: ids("claim") },
      select: { id: true, quote: true, kind: true, stance: true, speaker: { include: { names: true } } },
    }),
    db.annotation.findMany({ where: { id: ids("note") }, select: { id: true, body: true } }),
    db.article.findMany({ where: { id: ids("article") }, select: { id: true, text: true } }),
  ]);
  return { articles, claims, notes, texts: new Map(texts.map((a) => [a.id, a.text])) };
}
