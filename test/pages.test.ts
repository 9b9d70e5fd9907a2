import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pages } from "@/e2e/pages";

const root = path.join(import.meta.dirname, "..", "app", "[lng]");

/** Every page.tsx under app/[lng], as its route ("/outlets/[id]/edit"). */
function routes(dir = root, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === "page.tsx" ? [prefix || "/"] : [];
  });
}

describe("the page walk's list (e2e/pages.ts)", () => {
  it("names every page of the app, and only pages that exist", () => {
    expect(pages.map((p) => p.route).sort()).toEqual(routes().sort());
  });

  it("gives every page at least one path to open", () => {
    const ids = { event: "e", article: "a", outlet: "o", entity: "n" };
    expect(pages.filter((p) => p.paths(ids).length === 0).map((p) => p.route)).toEqual([]);
  });
});
