import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run test:postgres` runs the test files named `*.db.test.ts` on PostgreSQL as well: a test
// that opens a database under another name would silently run on SQLite alone.
const root = path.resolve(import.meta.dirname, "..");
const opensDatabase = /from ["']@\/test\/temp-database["']/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : testFiles(relative);
    return entry.name.endsWith(".test.ts") ? [relative] : [];
  });
}

describe("the tests that open a database", () => {
  it("are named *.db.test.ts, so that they run on PostgreSQL too", () => {
    const files = [...testFiles("lib"), ...testFiles("app"), ...testFiles("test"), ...testFiles("components")];
    const opening = files.filter((f) => opensDatabase.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(opening.length).toBeGreaterThanOrEqual(30);
    expect(opening.filter((f) => !f.endsWith(".db.test.ts"))).toEqual([]);
  });
});
