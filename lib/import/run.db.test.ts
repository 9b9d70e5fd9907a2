import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { AuditRecord } from "@/lib/audit/store";
import { entityMatcher, entityNames, recomputeCandidates } from "@/lib/candidates/store";
import { withTempDatabase } from "@/test/temp-database";
import { runImportCli } from "./cli";
import { prepareFile } from "./pipeline";
import { IMPORT_BATCH, storeItems } from "./store";

// The read of every entity's names (what the matcher is built from) is the one function counted:
// every other part of the import runs as it is.
vi.mock("@/lib/candidates/store", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/candidates/store")>();
  return { ...original, entityNames: vi.fn(original.entityNames) };
});
// The audit of an import fails for an article titled so, as a disk or a bug might, at its last step.
const FAILING = "Despatch the audit refuses";
vi.mock("@/lib/audit/store", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/store")>();
  return {
    ...original,
    recordAudit: async (db: Parameters<typeof original.recordAudit>[0], entry: AuditRecord) => {
      if ((entry.after as { title?: string } | undefined)?.title === FAILING) throw new Error("the disk is full");
      return original.recordAudit(db, entry);
    },
  };
});

const { prisma } = withTempDatabase("import-run");

// Three reports of one day, written as the outlets write them, each a file of its own.
const FILES = {
  "reuters.txt":
    "Russian military planes land in Caracas\n\nCARACAS (Reuters) - Two Russian air force planes landed at Caracas airport on Saturday carrying about 100 troops, a local journalist said, citing flight-tracking data.",
  "pravda.txt":
    "У Каракасі приземлилися російські літаки\n\nДва літаки російських ВПС приземлилися в аеропорту Каракаса, на борту було близько 100 військовослужбовців, повідомив місцевий журналіст.",
  "ria.txt":
    "В Каракас прибыли российские специалисты\n\nВ Каракас прибыли около 35 тонн грузов и российские специалисты, сообщил источник в посольстве России.",
};

/** Imports a folder through `npm run import`'s own code, as JSON, and gives each file's status. */
async function importFolder(folder: string, options: string[] = []) {
  let out = "";
  const code = await runImportCli(prisma, [folder, "--json", ...options], {
    out: (s) => (out += s),
    err: () => {},
    tty: false,
  });
  const report = JSON.parse(out) as { results: { path: string; status: string }[] };
  return { code, statuses: report.results.map((r) => [path.basename(r.path), r.status]) };
}

describe("an import run", () => {
  it("reads the entities for its matcher once however many files it has, and not at all when all are stored", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-run-"));
    for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(folder, name), text);
    expect(await importFolder(folder)).toEqual({
      code: 0,
      statuses: [
        ["pravda.txt", "imported"],
        ["reuters.txt", "imported"],
        ["ria.txt", "imported"],
      ],
    });
    expect(entityNames).toHaveBeenCalledTimes(1);
    // the same files again: each is found stored before anything is extracted from it
    expect(await importFolder(folder)).toEqual({
      code: 0,
      statuses: [
        ["pravda.txt", "duplicate"],
        ["reuters.txt", "duplicate"],
        ["ria.txt", "duplicate"],
      ],
    });
    expect(entityNames).toHaveBeenCalledTimes(1);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

/** A wire report of its own (no two alike, so none is taken for another's copy), with a figure and a speaker. */
function despatch(i: number) {
  const places = ["Caracas", "Maracay", "Valencia", "Barquisimeto", "Maracaibo", "Ciudad Bolívar"];
  const text =
    `Report ${i} from ${places[i % places.length]}\n\n` +
    `${places[(i + 1) % places.length]} officials said on day ${i} that ${100 + i * 7} soldiers had arrived at the ${
      ["airport", "port", "base", "border post"][i % 4]
    }, and the mayor, speaking to reporters number ${i * 13}, called the count of ${i * 3} vehicles exaggerated.`;
  return prepareFile(`despatch-${i}.txt`, Buffer.from(text));
}

/** What an article leaves when it is stored whole: itself, its search entry and its audit entry. */
async function traces() {
  const [articles, indexed, audited] = await Promise.all([
    prisma.article.count(),
    prisma.searchDoc.count({ where: { kind: "article" } }),
    prisma.auditEntry.count({ where: { action: "import" } }),
  ]);
  return { articles, indexed, audited };
}

describe("an import's batches", () => {
  it("leave whole articles when the process dies between two, and a rerun stores exactly the rest", async () => {
    const items = (await Promise.all(Array.from({ length: IMPORT_BATCH + 5 }, (_, i) => despatch(i)))).flat();
    const before = await traces();
    const crash = storeItems(prisma, items, {
      userId: null,
      committed: (done) => {
        if (done === IMPORT_BATCH) throw new Error("the process dies here");
      },
    });
    await expect(crash).rejects.toThrow("the process dies here");
    const grown = (n: number) => ({
      articles: before.articles + n,
      indexed: before.indexed + n,
      audited: before.audited + n,
    });
    expect(await traces()).toEqual(grown(IMPORT_BATCH));
    const again = await storeItems(prisma, items, { userId: null });
    expect(again.map((r) => (r.status === "duplicate" ? "duplicate" : "stored"))).toEqual([
      ...Array<string>(IMPORT_BATCH).fill("duplicate"),
      ...Array<string>(5).fill("stored"),
    ]);
    expect(await traces()).toEqual(grown(IMPORT_BATCH + 5));
  });

  it("undo a failing article alone, and store the rest of its batch", async () => {
    const [first, second] = (await Promise.all([despatch(100), despatch(101)])).flat();
    const failing = await prepareFile(
      "failing.txt",
      Buffer.from(`${FAILING}\n\nOfficials in Caracas said on Sunday that 40 soldiers had left the base overnight.`),
    );
    const before = await traces();
    const results = await storeItems(prisma, [first!, ...failing, second!], { userId: null });
    expect(results.map((r) => [r.source, r.status, r.error?.code ?? null])).toEqual([
      ["despatch-100.txt", "imported", null],
      ["failing.txt", "failed", "internal"],
      ["despatch-101.txt", "imported", null],
    ]);
    expect(await prisma.article.count({ where: { title: FAILING } })).toBe(0);
    expect(await traces()).toEqual({
      articles: before.articles + 2,
      indexed: before.indexed + 2,
      audited: before.audited + 2,
    });
  });
});

/** Reports of the same weeks by outlets in three languages, with speakers the demo knows and relays. */
function wire(i: number): { name: string; text: string } {
  const day = (i % 27) + 1;
  const reports = [
    `Russia says its specialists stay in Venezuela (${i})\n\nMOSCOW, March ${day} - Foreign ministry spokeswoman Maria Zakharova told RIA Novosti on Tuesday that about ${90 + i} Russian specialists remained in Caracas under contracts signed years ago. John Bolton said the deployment was a provocation.`,
    `Пєсков: фахівці залишаться у Венесуелі (${i})\n\nКИЇВ, ${day} березня. Речник Кремля Дмитро Пєсков заявив агентству Інтерфакс, що близько ${30 + i} російських фахівців залишаться в Каракасі. Джон Болтон назвав це провокацією.`,
    `Захарова отвергла обвинения Вашингтона (${i})\n\nМОСКВА, ${day} марта. Официальный представитель МИД Мария Захарова заявила ТАСС, что в Венесуэле находятся около ${100 + i} российских специалистов, и назвала слова Болтона ложью.`,
  ];
  const text = reports[i % 3]!;
  if (i % 4 === 0) {
    // a web page whose site calls itself by a name RT had before (an alias of the demo's RT)
    const [title, body] = text.split("\n\n");
    return {
      name: `wire-${i}.html`,
      text: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Russia Today"></head><body><nav>News · World</nav><article><h1>${title}</h1><p>${body}</p><p>Deputy foreign minister Sergei Ryabkov said ${35 + i} tonnes of cargo had arrived, Russia Today reported.</p></article></body></html>`,
    };
  }
  return { name: `wire-${i}.txt`, text };
}

/** An article's pending candidates, as stored, without their ids and dates. */
async function pendingOf(articleId: string) {
  const rows = await prisma.candidate.findMany({
    where: { articleId, status: "pending" },
    orderBy: [{ start: "asc" }, { end: "asc" }, { kind: "asc" }],
    select: {
      start: true,
      end: true,
      kind: true,
      stance: true,
      speakerId: true,
      speakerText: true,
      low: true,
      high: true,
      relays: { orderBy: { position: "asc" }, select: { position: true, text: true, entityId: true } },
    },
  });
  return rows;
}

describe("an import's worker threads", () => {
  it("store what the store finds on its own, reading the entities once", async () => {
    const rt = await prisma.outlet.create({ data: { slug: "rt", name: "RT" } });
    await prisma.outletAlias.create({ data: { outletId: rt.id, name: "Russia Today", normalized: "russia today" } });
    const people = {
      zakharova: ["Maria Zakharova", "Мария Захарова", "Марія Захарова", "Захарова", "Zakharova"],
      peskov: ["Dmitry Peskov", "Дмитрий Песков", "Дмитро Пєсков", "Пєсков", "Песков", "Peskov"],
      bolton: ["John Bolton", "Джон Болтон", "Болтон", "Bolton"],
    };
    for (const [slug, names] of Object.entries(people))
      await prisma.entity.create({
        data: {
          slug,
          kind: "person",
          names: { create: names.map((name) => ({ name, normalized: name.toLowerCase() })) },
        },
      });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-workers-"));
    const files = Array.from({ length: IMPORT_BATCH + 11 }, (_, i) => wire(i));
    for (const { name, text } of files) fs.writeFileSync(path.join(folder, name), text);
    vi.mocked(entityNames).mockClear();
    const { code, statuses } = await importFolder(folder, ["--workers", "2"]);
    expect(code).toBe(0);
    expect(statuses.map(([, status]) => status)).toEqual(Array<string>(files.length).fill("imported"));
    expect(entityNames).toHaveBeenCalledTimes(1);
    const articles = await prisma.article.findMany({
      where: { source: { startsWith: folder } },
      select: { id: true, text: true, lang: true, outletId: true, source: true },
    });
    expect(articles).toHaveLength(files.length);
    // the pages are RT's by its old name; the candidates never make RT a speaker or a relay of its own words
    expect(articles.filter((a) => a.source!.endsWith(".html")).map((a) => a.outletId)).toEqual(
      Array<string>(Math.ceil(files.length / 4)).fill(rt.id),
    );
    const stored = await Promise.all(articles.map((a) => pendingOf(a.id)));
    expect(stored.flat().length).toBeGreaterThan(files.length * 2);
    expect(stored.flat().some((c) => c.speakerId !== null)).toBe(true);
    expect(stored.flat().some((c) => c.relays.length > 0)).toBe(true);
    // found again here, on this thread, for every article: the same candidates
    const matcher = await entityMatcher(prisma);
    for (const article of articles) await prisma.$transaction((tx) => recomputeCandidates(tx, article, matcher));
    expect(await Promise.all(articles.map((a) => pendingOf(a.id)))).toEqual(stored);
    // and the search index holds each article's stems
    const indexed = await prisma.searchDoc.count({
      where: { kind: "article", itemId: { in: articles.map((a) => a.id) } },
    });
    expect(indexed).toBe(files.length);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 60_000);
});
