import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { freshDatabase } from "@/test/fresh-database";
import { onPostgres, withTempDatabase } from "@/test/temp-database";
import { runBackupCli, runExportCli, runRestoreCli } from "./cli";

const { prisma } = withTempDatabase("backup-cli");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-cli-"));
const target = freshDatabase("backup-cli-target");

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) } };
}

beforeAll(async () => {
  await seedDemoCorpus(prisma);
}, 60_000);

afterAll(async () => {
  await target.prisma.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(onPostgres)("npm run backup, export and restore", () => {
  it("export and restore report what they did; a second restore is refused with exit 1", async () => {
    const out = path.join(dir, "demo.json");
    const exported = io();
    expect(await runExportCli(["--out", out], exported.io)).toBe(0);
    expect(exported.lines.out[0]).toMatch(
      new RegExp(
        `^Exported to ${out.replace(/[.]/g, "\\.")} \\(0\\.1 MB\\): 4 outlet, 20 entity, 113 entityName, 5 article, 1 event, 3 eventTranslation, 5 eventArticle, 5 aspect, 15 aspectTranslation, 24 claim, 6 claimRelation, 1 annotation, 89 candidate, 4 candidateRelay\\.$`,
      ),
    );
    expect(exported.lines.out[1]).toBe("Password hashes are left out; add --with-accounts to keep them.");
    expect(fs.existsSync(`${out}.partial`)).toBe(false);

    const again = io();
    expect(await runExportCli(["--out", out], again.io)).toBe(1);
    expect(again.lines.err).toEqual([`${out} already exists; name a new file.`]);

    const restored = io();
    expect(await runRestoreCli(target.prisma, [out], restored.io)).toBe(0);
    expect(restored.lines.err.slice(0, 3)).toEqual(["outlet: 4 rows", "entity: 20 rows", "entityName: 113 rows"]);
    expect(restored.lines.err).toContain("claim: 24 rows");
    expect(restored.lines.err.at(-1)).toMatch(/^search index: \d+ items$/);
    expect(restored.lines.out[0]).toMatch(
      /^Restored .*demo\.json \(exported \d{4}-\d\d-\d\dT[\d:.]+Z\): 4 outlet, .* 89 candidate, 4 candidateRelay\.$/,
    );

    const twice = io();
    expect(await runRestoreCli(target.prisma, [out], twice.io)).toBe(1);
    expect(twice.lines.err[0]).toMatch(/^The database is not empty \(4 outlet, 20 entity/);
  }, 60_000);

  it("backup writes a checked copy; bad arguments print the usage and exit with 2", async () => {
    const out = path.join(dir, "copy.db");
    const done = io();
    expect(await runBackupCli(["--out", out], done.io)).toBe(0);
    expect(done.lines.out[0]).toMatch(/\(0\.\d MB, integrity ok\)\.$/);

    const missing = io();
    expect(await runBackupCli([], missing.io)).toBe(2);
    expect(missing.lines.err).toEqual(["--out is required\nUsage: npm run backup -- --out <file.db>"]);
    const unknown = io();
    expect(await runRestoreCli(target.prisma, ["a.json", "--force"], unknown.io)).toBe(2);
    expect(unknown.lines.err[0]).toMatch(/^Unknown option '--force'/);
  }, 30_000);
});
