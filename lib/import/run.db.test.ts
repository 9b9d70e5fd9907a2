import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { entityMatcher } from "@/lib/candidates/store";
import { withTempDatabase } from "@/test/temp-database";
import { runImportCli } from "./cli";

// The matcher is the one function counted: every other part of the import runs as it is.
vi.mock("@/lib/candidates/store", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/candidates/store")>();
  return { ...original, entityMatcher: vi.fn(original.entityMatcher) };
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
