import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { AuditRecord } from "@/lib/audit/store";
import { entityMatcher } from "@/lib/candidates/store";
import { withTempDatabase } from "@/test/temp-database";
import { runImportCli } from "./cli";
import { prepareFile } from "./pipeline";
import { IMPORT_BATCH, storeItems } from "./store";

// The matcher is the one function counted: every other part of the import runs as it is.
vi.mock("@/lib/candidates/store", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/candidates/store")>();
  return { ...original, entityMatcher: vi.fn(original.entityMatcher) };
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
async function importFolder(folder: string) {
  let out = "";
  const code = await runImportCli(prisma, [folder, "--json"], { out: (s) => (out += s), err: () => {}, tty: false });
  const report = JSON.parse(out) as { results: { path: string; status: string }[] };
  return { code, statuses: report.results.map((r) => [path.basename(r.path), r.status]) };
}

describe("an import run", () => {
  it("builds the entity matcher once however many files it has, and not at all when all are stored", async () => {
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
    expect(entityMatcher).toHaveBeenCalledTimes(1);
    // the same files again: each is found stored before anything is extracted from it
    expect(await importFolder(folder)).toEqual({
      code: 0,
      statuses: [
        ["pravda.txt", "duplicate"],
        ["reuters.txt", "duplicate"],
        ["ria.txt", "duplicate"],
      ],
    });
    expect(entityMatcher).toHaveBeenCalledTimes(1);
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
