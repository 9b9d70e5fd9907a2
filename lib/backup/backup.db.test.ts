import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/store";
import { parseFilters } from "@/lib/comparison/filters";
import { getComparison } from "@/lib/comparison/load";
import type { PrismaClient } from "@/lib/db/client";
import { rebuildIndex } from "@/lib/search/reindex";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { freshDatabase } from "@/test/fresh-database";
import { generateCorpus } from "@/test/generated-corpus";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { exportDatabase } from "./export";
import { fromExport, readExport, RestoreError, restoreFile, restoreRows, tableCounts } from "./restore";
import { backupDatabase, integrityOf } from "./sqlite";

const { prisma, file } = withTempDatabase("backup");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-test-"));
const opened: PrismaClient[] = [];
const NOW = new Date("2026-12-02T03:00:00.000Z");

async function exportText(db: PrismaClient, withAccounts = true) {
  let text = "";
  for await (const chunk of exportDatabase(db, { withAccounts, now: NOW })) text += chunk;
  return text;
}

function fresh(name: string, migrations?: string) {
  const created = freshDatabase(name, migrations);
  opened.push(created.prisma);
  return created;
}

/** What a reader sees: every article page and every event's comparison, in the three languages. */
async function pages(db: PrismaClient) {
  const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const events = await db.event.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const out: unknown[] = [];
  for (const lng of ["en", "uk", "ru"] as const) {
    for (const a of articles) out.push(await getArticle(db, a.id, lng));
    for (const e of events) out.push(await getComparison(db, e.id, lng, parseFilters(new URLSearchParams())));
  }
  return out;
}

/** The refusal a restore gives, with the database's row counts before and after it. */
async function refused(db: PrismaClient, run: () => Promise<unknown>) {
  const before = await tableCounts(db);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestoreError);
  expect(await tableCounts(db)).toEqual(before);
  return { message: (error as RestoreError).message, problems: (error as RestoreError).problems };
}

let original = "";

type Doc = {
  schema: string;
  tables: Record<string, Record<string, unknown>[]>;
  checksums: Record<string, { rows: number; sha256: string }>;
};

/** Writes a table's checksum again after a test changed its rows, as a careful forger would. */
function resign(doc: Doc, table: string) {
  const hash = createHash("sha256");
  for (const row of doc.tables[table]!) hash.update(`${JSON.stringify(row)}\n`);
  doc.checksums[table] = { rows: doc.tables[table]!.length, sha256: hash.digest("hex") };
}

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  await generateCorpus(prisma);
  // a relayed claim: its speaker's words, as Interfax carried them
  const relayed = await prisma.claim.findFirstOrThrow({ where: { speakerId: { not: null } }, orderBy: { id: "asc" } });
  await prisma.claimRelay.create({ data: { claimId: relayed.id, position: 0, text: "Інтерфакс" } });
  await rebuildIndex(prisma);
  original = await exportText(prisma);
}, 60_000);

afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(onPostgres)("export and restore", () => {
  it("round-trips the demo corpus and the generated one byte for byte, and every page reads the same", async () => {
    const counts = await tableCounts(prisma);
    expect(counts).toMatchObject({
      user: 2,
      article: 9,
      claim: 28,
      claimRelay: 1,
      claimRelation: 8,
      annotation: 2,
      candidate: 91,
      candidateRelay: 4,
    });
    const copy = fresh("round-trip");
    const written = path.join(dir, "export.json");
    fs.writeFileSync(written, original);
    const { counts: restored } = await restoreFile(copy.prisma, written);
    expect(restored).toEqual(counts);
    expect(await exportText(copy.prisma)).toBe(original);
    expect(await pages(copy.prisma)).toEqual(await pages(prisma));
    // the search index is rebuilt: the same words find the same items
    expect(await copy.prisma.searchDoc.count()).toBe(await prisma.searchDoc.count());
  }, 60_000);

  it("writes one row per line, in key order, with the format's header and a checksum per table", () => {
    const lines = original.split("\n");
    expect(JSON.parse(`${lines[0]!.slice(0, -1)}}`)).toEqual({
      format: "parallax-export",
      version: 1,
      schema: "20261206150000_fingerprint_cover",
      exportedAt: "2026-12-02T03:00:00.000Z",
      withAccounts: true,
    });
    const doc = JSON.parse(original) as {
      tables: Record<string, { id: string }[]>;
      checksums: Record<string, { rows: number }>;
    };
    expect(Object.keys(doc.tables)).toEqual([
      "user",
      "outlet",
      "outletAlias",
      "entity",
      "entityName",
      "article",
      "event",
      "eventTranslation",
      "eventArticle",
      "aspect",
      "aspectTranslation",
      "claim",
      "claimRelay",
      "claimRelation",
      "annotation",
      "candidate",
      "candidateRelay",
      "auditEntry",
    ]);
    expect(doc.checksums.claim!.rows).toBe(28);
    const ids = doc.tables.claim!.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    const note = (doc.tables.annotation as unknown as Record<string, unknown>[]).find((a) => a.canonical);
    expect(note).toMatchObject({
      canonical: "urn:uuid:6f1b0c3e-7f4e-4e7b-9d7a-2f1f6b1c9e10",
      via: '"https://hypothes.is/a/AbC123xyz"',
    });
  });

  it("leaves password hashes out unless asked, and the users then restore without one", async () => {
    const without = await exportText(prisma, false);
    expect(without).not.toContain("$argon2id$");
    expect(original).toContain("$argon2id$");
    const copy = fresh("no-accounts");
    await restoreRows(copy.prisma, fromExport(readExport(without)));
    expect(
      await copy.prisma.user.findMany({ select: { email: true, passwordHash: true }, orderBy: { email: "asc" } }),
    ).toEqual([
      { email: "admin@example.org", passwordHash: null },
      { email: "olena.kovalenko@example.org", passwordHash: null },
    ]);
  }, 30_000);

  it("refuses a database that holds data, unless told to replace it", async () => {
    const copy = fresh("replace");
    await copy.prisma.outlet.create({ data: { slug: "already-here", name: "Вже тут" } });
    const { message } = await refused(copy.prisma, () => restoreRows(copy.prisma, fromExport(readExport(original))));
    expect(message).toBe(
      "The database is not empty (1 outlet); restore into an empty database, or pass --replace to overwrite it.",
    );
    await restoreRows(copy.prisma, fromExport(readExport(original)), { replace: true });
    expect(await copy.prisma.outlet.findUnique({ where: { slug: "already-here" } })).toBeNull();
    expect(await exportText(copy.prisma)).toBe(original);
  }, 30_000);

  it("refuses a truncated file, a newer version, a changed row, JSON that is not an export, and rows that do not fit", async () => {
    const copy = fresh("bad-input");
    const file = (name: string, text: string) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, text);
      return p;
    };
    const restore = (p: string) => () => restoreFile(copy.prisma, p);

    expect(
      (await refused(copy.prisma, restore(file("cut.json", original.slice(0, original.length / 2))))).message,
    ).toMatch(/^The file is not valid JSON, perhaps cut short: /);
    expect(
      (await refused(copy.prisma, restore(file("newer.json", original.replace('"version":1', '"version":2'))))).message,
    ).toBe(
      "The file was exported by a newer version of Parallax (format 2; this one reads up to 1); update Parallax first.",
    );
    expect(
      (
        await refused(
          copy.prisma,
          restore(file("schema.json", original.replace("20261206150000_fingerprint_cover", "20270101000000_future"))),
        )
      ).message,
    ).toBe(
      'The file was exported at database schema "20270101000000_future", which this version of Parallax does not know; update Parallax first.',
    );
    expect(
      await refused(copy.prisma, restore(file("changed.json", original.replace("Прибуття", "Прибуття!")))),
    ).toEqual({
      message: "The file's contents do not match its checksums.",
      problems: ["eventTranslation: the rows do not match their checksum"],
    });
    expect((await refused(copy.prisma, restore(file("other.json", '{"annotations": []}')))).message).toBe(
      'The file is not a Parallax export (no "format": "parallax-export").',
    );
    expect((await refused(copy.prisma, restore(path.join(dir, "missing.json")))).message).toBe(
      `${path.join(dir, "missing.json")} does not exist.`,
    );

    // a row whose claim points at an article the file does not hold: checksums rewritten to match
    const doc = JSON.parse(original) as Doc;
    doc.tables.claim![0]!.articleId = "no-such-article";
    resign(doc, "claim");
    const dangling = await refused(copy.prisma, restore(file("dangling.json", JSON.stringify(doc))));
    expect(dangling.message).toBe(
      "The claim rows do not fit with the rest (FOREIGN KEY constraint failed); nothing was restored.",
    );
    expect(await copy.prisma.article.count()).toBe(0);

    // a row of the wrong shape: reported with its table, place and field
    doc.tables.claim![0]!.articleId = 42;
    resign(doc, "claim");
    expect(await refused(copy.prisma, restore(file("wrong.json", JSON.stringify(doc))))).toEqual({
      message: "Some rows are not valid.",
      problems: ["claim[0].articleId: Invalid input: expected string, received number"],
    });
  }, 60_000);

  it("brings a file exported before a migration up to date: the columns it added take their defaults", async () => {
    const doc = JSON.parse(original) as Doc;
    doc.schema = "20261201240000_search_index";
    delete doc.tables.claimRelation;
    delete doc.checksums.claimRelation;
    const added = ["statedLow", "statedHigh", "vagueness", "canonical", "via"];
    for (const table of ["claim", "candidate", "annotation"]) {
      doc.tables[table] = doc.tables[table]!.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => !added.includes(column))),
      );
      resign(doc, table);
    }
    const copy = fresh("older");
    const counts = await restoreRows(copy.prisma, fromExport(readExport(JSON.stringify(doc))));
    expect(counts).toMatchObject({ claim: 28, claimRelation: 0 });
    expect(await copy.prisma.claim.count({ where: { vagueness: { not: null } } })).toBe(0);
    expect(await copy.prisma.annotation.count({ where: { canonical: { not: null } } })).toBe(0);
  }, 30_000);
});

describe.skipIf(onPostgres)("backup", () => {
  it("copies the database while another process keeps writing, and the copy passes SQLite's integrity check", async () => {
    const writer = spawn(process.execPath, ["--import", "tsx", "test/keep-writing.ts", `file:${file}`]);
    let stderr = "";
    writer.stderr.on("data", (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => writer.stdout.once("data", () => resolve()));
    const out = path.join(dir, "live.db");
    const shares: number[] = [];
    try {
      await backupDatabase(file, out, (share) => shares.push(share));
    } finally {
      writer.kill();
    }
    await new Promise((resolve) => writer.once("close", resolve));
    expect(stderr).toBe("");
    expect(integrityOf(out)).toBe("ok");
    expect(shares.at(-1)).toBe(1);
    const copy = new Database(out, { readonly: true });
    const written = (copy.prepare("SELECT count(*) AS n FROM Outlet WHERE slug LIKE 'writer-%'").get() as { n: number })
      .n;
    copy.close();
    expect(written).toBeGreaterThanOrEqual(1);
    expect(written).toBeLessThanOrEqual(await prisma.outlet.count({ where: { slug: { startsWith: "writer-" } } }));
    await expect(backupDatabase(file, out)).rejects.toThrow(`${out} already exists; name a new file.`);
  }, 60_000);

  it("restores from a backup, and from one an older version made, migrating it on the way in", async () => {
    // a backup restores table by table to the same database, exported byte for byte
    const now = path.join(dir, "now.db");
    await backupDatabase(file, now);
    const whole = fresh("whole-backup");
    const { header } = await restoreFile(whole.prisma, now);
    expect([header.schema, header.withAccounts]).toEqual(["20261206150000_fingerprint_cover", true]);
    expect(await exportText(whole.prisma)).toBe(await exportText(prisma));

    const older = fresh("older-backup", "20261201240000_search_index");
    await older.prisma.outlet.create({ data: { slug: "old", name: "Старе видання" } });
    await older.prisma.$disconnect();
    const target = fresh("from-backup");
    const { counts } = await restoreFile(target.prisma, older.file);
    expect(counts).toMatchObject({ outlet: 1, claimRelation: 0 });
    expect(await target.prisma.outlet.findMany({ select: { slug: true, name: true } })).toEqual([
      { slug: "old", name: "Старе видання" },
    ]);
    // the file itself is untouched: it still stops at the older schema
    const sqlite = new Database(older.file, { readonly: true });
    const columns = (sqlite.prepare("PRAGMA table_info(Annotation)").all() as { name: string }[]).map((c) => c.name);
    sqlite.close();
    expect(columns).not.toContain("canonical");

    const damaged = path.join(dir, "damaged.db");
    fs.writeFileSync(damaged, fs.readFileSync(older.file).subarray(0, 8192));
    const { message } = await refused(target.prisma, () => restoreFile(target.prisma, damaged, { replace: true }));
    expect(message).toMatch(/^The backup is damaged or truncated: /);
  }, 60_000);
});
