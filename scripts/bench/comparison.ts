// npm run bench:comparison [-- requests]; DATABASE_URL=postgresql://… for an empty PostgreSQL database
// Seeds a throw-away database with one event covered by 50 outlets in 100 articles
// and 2,000 confirmed claims, serves the built app on it, and prints how long the
// comparison API, its CSV, the comparison page (matrix and claims views) and the proposed
// relations take to answer (median, p95).
import { performance } from "node:perf_hooks";
import { readFlags } from "@/lib/cli/args";
import { createPrismaClient } from "@/lib/db/client";
import { contentHash } from "@/lib/text/hash";
import { benchDatabase } from "./database";
import { editorCookie, ensureBuild, formatStats, kib, startServer, timeRequests } from "./server";

const { positionals } = readFlags("Usage: npm run bench:comparison [-- requests]", { allowPositionals: true });
const requests = Number(positionals[0] ?? 30);
const PORT = 3190;
const OUTLETS = 50;
const ARTICLES_PER_OUTLET = 2;
const CLAIMS_PER_ARTICLE = 20;
const stances = ["asserts", "reports", "denies", "disputes"] as const;
const languages = ["en", "uk", "ru"] as const;

async function seed(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  const event = await prisma.event.create({
    data: { slug: "bench", translations: { create: [{ lang: "en", title: "Benchmark event" }] } },
  });
  const aspects = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      prisma.aspect.create({
        data: {
          eventId: event.id,
          slug: `aspect-${i}`,
          kind: i < 3 ? "numeric" : "categorical",
          position: i,
          translations: { create: [{ lang: "en", question: `Question ${i}?` }] },
        },
      }),
    ),
  );
  let claimCount = 0;
  for (let o = 0; o < OUTLETS; o++) {
    const outlet = await prisma.outlet.create({
      data: { slug: `outlet-${o}`, name: `Outlet ${o}`, lang: languages[o % 3] },
    });
    for (let a = 0; a < ARTICLES_PER_OUTLET; a++) {
      const sentences = Array.from(
        { length: CLAIMS_PER_ARTICLE },
        (_, i) => `Sentence ${i} of article ${o}-${a} says that ${100 * (i + 1) * (o + 1)} people were counted there.`,
      );
      const text = sentences.join(" ");
      const article = await prisma.article.create({
        data: {
          outletId: outlet.id,
          title: `Article ${o}-${a}`,
          lang: languages[o % 3]!,
          text,
          contentHash: contentHash(text),
          publishedAt: new Date(Date.UTC(2019, 0, 1 + o + a)),
          events: { create: { eventId: event.id } },
        },
      });
      let offset = 0;
      await prisma.claim.createMany({
        data: sentences.map((quote, i) => {
          const start = offset;
          offset += quote.length + 1;
          const value = 100 * (i + 1) * (o + 1);
          return {
            articleId: article.id,
            eventId: event.id,
            aspectId: aspects[i % aspects.length]!.id,
            quote,
            start,
            end: start + quote.length,
            prefix: "",
            suffix: "",
            kind: i % 2 ? ("statement" as const) : ("figure" as const),
            stance: stances[(i + o) % stances.length]!,
            status: "confirmed" as const,
            ...(i % 2
              ? {}
              : {
                  low: value,
                  high: value * (i % 4 ? 1 : 2),
                  unit: "personnel",
                  counted: "people",
                  approximate: i % 3 === 0,
                }),
          };
        }),
      });
      claimCount += sentences.length;
    }
  }
  await prisma.$disconnect();
  return { eventId: event.id, claimCount };
}

async function time(url: string, init?: RequestInit) {
  const { samples, bytes } = await timeRequests(url, requests, init);
  return `${formatStats(samples)}, ${kib(bytes)}`;
}

async function main() {
  ensureBuild();
  const bench = await benchDatabase("bench");
  const databaseUrl = bench.url;
  const seeding = performance.now();
  const { eventId, claimCount } = await seed(databaseUrl);
  console.log(
    `Seeded ${OUTLETS} outlets, ${OUTLETS * ARTICLES_PER_OUTLET} articles, ${claimCount} claims in ${((performance.now() - seeding) / 1000).toFixed(1)} s.`,
  );

  const { server, base } = await startServer(databaseUrl, PORT);
  try {
    console.log(`${requests} sequential requests each, after two warm-ups:`);
    console.log(
      `  GET /api/events/{id}/comparison           ${await time(`${base}/api/events/${eventId}/comparison?lang=uk`)}`,
    );
    console.log(
      `  GET /api/events/{id}/comparison?format=csv ${await time(`${base}/api/events/${eventId}/comparison?lang=uk&format=csv`)}`,
    );
    console.log(`  GET /uk/events/{id} (the page)             ${await time(`${base}/uk/events/${eventId}`)}`);
    console.log(
      `  GET /uk/events/{id}?stance=denies          ${await time(`${base}/uk/events/${eventId}?stance=denies`)}`,
    );
    console.log(
      `  GET /uk/events/{id}?view=claims            ${await time(`${base}/uk/events/${eventId}?view=claims`)}`,
    );
    console.log(
      `  GET /api/events/{id}/relations (proposals) ${await time(`${base}/api/events/${eventId}/relations`, { headers: { cookie: await editorCookie(databaseUrl) } })}`,
    );
  } finally {
    server.kill("SIGTERM");
    bench.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
