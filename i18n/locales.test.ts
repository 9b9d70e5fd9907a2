import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languages, namespaces } from "./settings";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const requiredForms = {
  en: ["one", "other"],
  uk: ["one", "few", "many", "other"],
  ru: ["one", "few", "many", "other"],
};

type Messages = Record<string, unknown>;
const load = (lng: string, ns: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "locales", lng, `${ns}.json`), "utf8"));

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") for (const [k, v] of flatten(value as Messages, full)) out.set(k, v);
    else out.set(full, String(value));
  }
  return out;
}

const variables = (message: string) => [...message.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("locale files", () => {
  it("has one file per namespace for every language", () => {
    for (const lng of languages) {
      const files = fs.readdirSync(path.join(__dirname, "..", "locales", lng)).sort();
      expect(files).toEqual(namespaces.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const ns of namespaces) {
    it(`${ns}: every language has the same keys, plural forms and variables`, () => {
      const en = flatten(load("en", ns));
      const baseKeys = new Set([...en.keys()].map((k) => k.replace(PLURAL, "")));
      for (const lng of languages) {
        const messages = flatten(load(lng, ns));
        const keys = new Set([...messages.keys()].map((k) => k.replace(PLURAL, "")));
        expect([...keys].sort(), `${lng}/${ns}`).toEqual([...baseKeys].sort());
        for (const key of baseKeys) {
          const plural = [...en.keys()].some((k) => k !== key && k.replace(PLURAL, "") === key);
          if (plural) {
            for (const form of requiredForms[lng])
              expect(messages.has(`${key}_${form}`), `${lng}/${ns}:${key}_${form}`).toBe(true);
          }
          const enMessage = en.get(key) ?? en.get(`${key}_other`)!;
          for (const [k, message] of messages) {
            if (k.replace(PLURAL, "") !== key) continue;
            expect(message.trim(), `${lng}/${ns}:${k} is empty`).not.toBe("");
            expect(variables(message), `${lng}/${ns}:${k}`).toEqual(variables(enMessage));
          }
        }
      }
    });
  }
});
