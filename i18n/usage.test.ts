import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { enResources } from "./resources";

const root = path.join(__dirname, "..");
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [rel] : [];
  });
}

function keysOf(messages: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    v && typeof v === "object"
      ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`.replace(PLURAL, "")],
  );
}

const known = new Set(Object.values(enResources).flatMap((ns) => keysOf(ns)));
const files = ["app", "components"].flatMap(sourceFiles);

describe("messages used by the interface", () => {
  it('exist: every t("key") names a message in the English locale files', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      for (const [, key] of source.matchAll(/\bt[a-z]?\(\s*"([\w.]+)"/g))
        if (!known.has(key!)) missing.push(`${file}: ${key}`);
      // Keys built from a value, like t(`kind.${c.kind}`): their prefix must exist.
      for (const [, prefix] of source.matchAll(/\bt[a-z]?\(\s*`([\w.]+)\.\$\{/g)) {
        if (![...known].some((k) => k.startsWith(`${prefix}.`))) missing.push(`${file}: ${prefix}.*`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are not hard-coded: no JSX text with letters outside the locale files", () => {
    // "—" is punctuation; the keywords are code between braces ("} catch {"), not text.
    const allowed = new Set(["—", "catch", "else", "finally"]);
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".tsx"))) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      // Text that stands between JSX tags and expressions: ">Outlets<", "} articles<", ">Total {".
      for (const [, text] of source.matchAll(/[>}]([^<>{}()=;:,&|?`"'/$[\]]*\p{L}[^<>{}()=;:,&|?`"'/$[\]]*)[<{]/gu)) {
        if (!allowed.has(text!.trim())) found.push(`${file}: "${text!.trim()}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
