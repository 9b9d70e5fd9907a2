import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { SEED_DIR } from "@/lib/seed/demo-data";
import { withTempDatabase } from "@/test/temp-database";

const { prisma } = withTempDatabase("import-cli");
const run = promisify(execFile);

async function importCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join("node_modules", ".bin", "tsx"), ["scripts/import.ts", ...args], {
      env: process.env,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run import", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-import-"));
  for (const name of fs.readdirSync(path.join(SEED_DIR, "articles")))
    fs.copyFileSync(path.join(SEED_DIR, "articles", name), path.join(folder, name));
  fs.mkdirSync(path.join(folder, "more"));
  fs.writeFileSync(
    path.join(folder, "more", "zakharova.txt"),
    iconv.encode(
      "МИД России категорически отверг обвинения Вашингтона во вмешательстве в венесуэльский кризис.",
      "windows-1251",
    ),
  );
  fs.writeFileSync(
    path.join(folder, "more", "rows.csv"),
    'title,text\nBolton,"Bolton said some 20,000 Cuban security personnel are in Venezuela."\nBroken,too,many\n',
  );
  fs.writeFileSync(path.join(folder, "more", "photo.png"), Buffer.from("89504e47", "hex"));

  it("imports a folder, reporting each file and row as JSON, and a second run creates nothing", async () => {
    const first = await importCli(folder, "--outlet", "Wire", "--json");
    const report = JSON.parse(first.stdout) as {
      results: {
        path: string;
        row: number | null;
        status: string;
        articleId: string | null;
        lang: string | null;
        error: { code: string } | null;
      }[];
      summary: object;
    };
    expect(first.code).toBe(1);
    expect(
      report.results.map((r) => [path.relative(folder, r.path), r.row, r.status, r.lang, r.error?.code ?? null]),
    ).toEqual([
      ["000_3e3b3355eff12a28.txt", null, "imported", "en", null],
      ["001_92ca2dcb50815d7c.txt", null, "imported", "uk", null],
      ["002_722968f53b82805a.txt", null, "imported", "en", null],
      ["003_6a85c22d5a88b97a.txt", null, "imported", "en", null],
      ["004_89609013e285c14e.txt", null, "imported", "en", null],
      ["more/rows.csv", 1, "imported", "en", null],
      ["more/rows.csv", 2, "failed", null, "columns"],
      ["more/zakharova.txt", null, "imported", "ru", null],
    ]);
    expect(report.summary).toEqual({ imported: 7, likelyDuplicates: 0, duplicates: 0, failed: 1 });
    expect(await prisma.article.count()).toBe(7);
    expect(await prisma.outlet.findMany({ select: { name: true } })).toEqual([{ name: "Wire" }]);

    const second = await importCli(folder, "--outlet", "Wire", "--json");
    const again = JSON.parse(second.stdout) as typeof report;
    expect(again.summary).toEqual({ imported: 0, likelyDuplicates: 0, duplicates: 7, failed: 1 });
    expect(again.results.map((r) => r.articleId)).toEqual(report.results.map((r) => r.articleId));
    expect([await prisma.article.count(), await prisma.outlet.count(), await prisma.auditEntry.count()]).toEqual([
      7, 1, 7,
    ]);
  }, 120_000);

  it("prints a summary without --json, names a missing path, and refuses bad arguments with exit code 2", async () => {
    const plain = await importCli(path.join(folder, "more", "zakharova.txt"), path.join(folder, "nowhere.txt"));
    expect(plain.code).toBe(1);
    expect(plain.stdout.trim()).toBe("2 files: 0 imported (0 likely duplicates), 1 already stored, 1 failed.");
    expect(plain.stderr).toContain("nowhere.txt: The file cannot be read: no such file or folder");
    const bad = await importCli(folder, "--lang", "de");
    expect([bad.code, bad.stderr.trim()]).toEqual([2, '--lang must be en, uk or ru, not "de".']);
    const none = await importCli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("No files or folders given.");
  }, 120_000);
});
