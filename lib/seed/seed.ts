import { createHash } from "node:crypto";
import { quoteSelector } from "@/lib/anchoring/context";
import { entityMatcher, recomputeCandidates } from "@/lib/candidates/store";
import type { PrismaClient } from "@/lib/db/client";
import { quantityColumns } from "@/lib/domain/quantity";
import { fingerprint } from "@/lib/import/similarity";
import { contentHash } from "@/lib/text/hash";
import { nameSkeleton, normalizeName } from "@/lib/text/names";
import { loadDemoCorpus, type DemoCorpus } from "./demo-data";
import { demoQuantity } from "./demo-schema";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SeedResult {
  articles: number;
  claims: number;
  candidates: number;
}

/** A stable id for a seeded row, so running the seed again updates instead of duplicating. */
function seedId(kind: string, ...parts: (string | number)[]): string {
  return `demo-${kind}-${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16)}`;
}

/**
 * Loads the demo corpus into the database in one transaction. Idempotent: every
 * row is upserted by a natural or stable key, and article text is never rewritten.
 */
export async function seedDemoCorpus(prisma: PrismaClient, corpus: DemoCorpus = loadDemoCorpus()): Promise<SeedResult> {
  const { demo, texts } = corpus;
  return prisma.$transaction(async (tx) => {
    const outletIds = new Map<string, string>();
    for (const o of demo.outlets) {
      const data = { name: o.name, lang: o.lang, notes: o.notes };
      const row = await tx.outlet.upsert({ where: { slug: o.slug }, create: { slug: o.slug, ...data }, update: data });
      outletIds.set(o.slug, row.id);
    }

    const articleIds = new Map<string, string>();
    for (const a of demo.articles) {
      const text = texts.get(a.file)!;
      const outletId = a.outlet ? required(outletIds, a.outlet, "outlet") : null;
      const data = {
        title: a.title,
        lang: a.lang,
        outletId,
        // the date as the text supports it, a day or only a month; none where the text gives none
        ...(a.publishedAt ?? { publishedAt: null, datePrecision: "day" as const }),
        // what dates the article travels with it
        notes: [a.notes, a.dateBasis].filter(Boolean).join(" ") || null,
        source: a.file,
        fingerprint: fingerprint(text),
      };
      const row = await tx.article.upsert({
        where: { contentHash: contentHash(text) },
        create: { ...data, text, contentHash: contentHash(text) },
        update: data,
      });
      articleIds.set(a.file, row.id);
    }

    const entityIds = await seedEntities(tx, corpus);
    const aspectIds = new Map<string, string>();
    const eventIds = new Map<string, string>();
    for (const e of demo.events) {
      const event = await tx.event.upsert({ where: { slug: e.slug }, create: { slug: e.slug }, update: {} });
      eventIds.set(e.slug, event.id);
      for (const t of e.translations) {
        const data = { title: t.title, summary: t.summary };
        await tx.eventTranslation.upsert({
          where: { eventId_lang: { eventId: event.id, lang: t.lang } },
          create: { eventId: event.id, lang: t.lang, ...data },
          update: data,
        });
      }
      for (const file of e.articles) {
        const articleId = required(articleIds, file, "article");
        await tx.eventArticle.upsert({
          where: { eventId_articleId: { eventId: event.id, articleId } },
          create: { eventId: event.id, articleId },
          update: {},
        });
      }
      for (const [position, a] of e.aspects.entries()) {
        const data = { kind: a.kind, unit: a.unit, position };
        const aspect = await tx.aspect.upsert({
          where: { eventId_slug: { eventId: event.id, slug: a.slug } },
          create: { eventId: event.id, slug: a.slug, ...data },
          update: data,
        });
        aspectIds.set(`${e.slug}/${a.slug}`, aspect.id);
        for (const [lang, question] of Object.entries(a.questions)) {
          await tx.aspectTranslation.upsert({
            where: { aspectId_lang: { aspectId: aspect.id, lang } },
            create: { aspectId: aspect.id, lang, question },
            update: { question },
          });
        }
      }
    }

    const claimIds = new Map<string, string>();
    for (const c of demo.claims) {
      const text = texts.get(c.article)!;
      const selector = quoteSelector(text, c.start, c.end);
      if (selector.exact !== c.quote) {
        throw new Error(`demo claim in ${c.article} at ${c.start}–${c.end} does not match its quote "${c.quote}"`);
      }
      const id = seedId("claim", c.article, c.start, c.end);
      const data = {
        articleId: required(articleIds, c.article, "article"),
        eventId: required(eventIds, c.event, "event"),
        aspectId: required(aspectIds, `${c.event}/${c.aspect}`, "aspect"),
        quote: c.quote,
        start: c.start,
        end: c.end,
        prefix: selector.prefix,
        suffix: selector.suffix,
        kind: c.kind,
        stance: c.stance,
        speakerId: c.speaker ? required(entityIds, c.speaker, "entity") : null,
        ...quantityColumns(c.quantity && demoQuantity(c.quantity)),
        status: "confirmed" as const,
      };
      await tx.claim.upsert({ where: { id }, create: { id, ...data }, update: data });
      claimIds.set(`${c.article}\u0000${c.quote}`, id);
    }

    for (const r of demo.relations) {
      const [fromId, toId] = [r.from, r.to].map((c) => required(claimIds, `${c.article}\u0000${c.quote}`, "claim"));
      const data = {
        eventId: required(eventIds, demo.claims[0]!.event, "event"),
        kind: r.kind,
        status: "confirmed" as const,
      };
      await tx.claimRelation.upsert({
        where: { fromId_toId_kind: { fromId: fromId!, toId: toId!, kind: r.kind } },
        create: { fromId: fromId!, toId: toId!, ...data },
        update: data,
      });
    }

    for (const a of demo.annotations) {
      const claimId = required(claimIds, `${a.article}\u0000${a.claimQuote}`, "claim");
      const claim = demo.claims.find((c) => c.article === a.article && c.quote === a.claimQuote)!;
      const selector = quoteSelector(texts.get(a.article)!, claim.start, claim.end);
      const id = seedId("annotation", a.article, a.claimQuote, a.motivation);
      const data = {
        motivation: a.motivation,
        body: JSON.stringify(a.body),
        articleId: required(articleIds, a.article, "article"),
        claimId,
        ...selector,
        start: claim.start,
        end: claim.end,
      };
      await tx.annotation.upsert({ where: { id }, create: { id, ...data }, update: data });
    }

    // The extractor's proposals for the demo articles; decisions made on them survive a re-seed.
    const matcher = await entityMatcher(tx);
    let candidates = 0;
    for (const a of demo.articles) {
      const stored = await recomputeCandidates(
        tx,
        { id: required(articleIds, a.file, "article"), text: texts.get(a.file)!, lang: a.lang },
        matcher,
      );
      candidates += stored.pending + stored.decided;
    }

    return { articles: articleIds.size, claims: claimIds.size, candidates };
  });
}

async function seedEntities(tx: Tx, { demo }: DemoCorpus): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const e of demo.entities) {
    const entity = await tx.entity.upsert({
      where: { slug: e.slug },
      create: { slug: e.slug, kind: e.kind },
      update: { kind: e.kind },
    });
    ids.set(e.slug, entity.id);
    for (const n of e.names) {
      const data = { isPrimary: n.primary, normalized: normalizeName(n.name), skeleton: nameSkeleton(n.name) };
      await tx.entityName.upsert({
        where: { entityId_lang_name: { entityId: entity.id, lang: n.lang, name: n.name } },
        create: { entityId: entity.id, lang: n.lang, name: n.name, ...data },
        update: data,
      });
    }
  }
  return ids;
}

function required(map: Map<string, string>, key: string, what: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`demo.json refers to an unknown ${what} "${key}"`);
  return value;
}
