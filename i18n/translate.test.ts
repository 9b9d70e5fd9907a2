import { describe, expect, it } from "vitest";
import { getT } from "./fixed";
import { resources } from "./resources";
import { languages, namespaces } from "./settings";
import { translator } from "./translate";

/** Every message of a namespace: its key (without a plural suffix) and the variables its forms use. */
function messagesOf(tree: Record<string, unknown>, prefix = ""): Map<string, { plural: boolean; names: Set<string> }> {
  const found = new Map<string, { plural: boolean; names: Set<string> }>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of messagesOf(value as Record<string, unknown>, `${prefix}${key}.`)) found.set(k, v);
      continue;
    }
    const plural = /_(zero|one|two|few|many|other)$/.test(key);
    const base = `${prefix}${plural ? key.replace(/_[a-z]+$/, "") : key}`;
    const entry = found.get(base) ?? { plural, names: new Set<string>() };
    for (const [, name] of String(value).matchAll(/\{\{\s*(\w+)/g)) entry.names.add(name!);
    found.set(base, entry);
  }
  return found;
}

describe("the browser's t()", () => {
  it("gives every message of every language exactly what the server's i18next gives", () => {
    let compared = 0;
    for (const lng of languages)
      for (const ns of namespaces) {
        const server = getT(lng, ns) as unknown as (key: string, options?: Record<string, unknown>) => string;
        const browser = translator(lng, resources[lng][ns]);
        for (const [key, { plural, names }] of messagesOf(resources[lng][ns])) {
          for (const count of plural ? [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000] : [undefined]) {
            const options: Record<string, unknown> = {};
            for (const name of names) options[name] = name === "count" ? count : name === "max" ? 25_000 : `«${name}»`;
            if (count !== undefined) options.count = count;
            expect([lng, ns, key, browser(key, options)]).toEqual([lng, ns, key, server(key, options)]);
            compared++;
          }
        }
      }
    expect(compared).toBeGreaterThan(3_000);
  });

  it("declines Ukrainian and Russian counts and formats their numbers", () => {
    const uk = translator("uk", resources.uk.comparison);
    expect([3, 7, 21, 1_200].map((count) => uk("matrix.openCell", { count }))).toEqual([
      "Показати всі 3 твердження",
      "Показати всі 7 тверджень",
      "Показати все: 21 твердження",
      "Показати всі 1\u00a0200 тверджень",
    ]);
    const ru = translator("ru", resources.ru.common);
    expect([1, 2, 5, 1000].map((count) => ru("count.claims", { count }))).toEqual([
      "1 утверждение",
      "2 утверждения",
      "5 утверждений",
      "1\u00a0000 утверждений",
    ]);
  });

  it("answers an unknown key with its default value, or the key", () => {
    const t = translator("en", resources.en.admin);
    expect(t("audit.fields.nonsense", { defaultValue: "nonsense" })).toBe("nonsense");
    expect(t("no.such.key")).toBe("no.such.key");
  });
});
