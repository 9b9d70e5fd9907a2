import { describe, expect, it } from "vitest";
import { LISTED_SOURCES, listedSources } from "./listed-sources";

const NAMES = ["Українська правда", "Новая газета", "The Kyiv Independent", "Радио Свобода", "Infobae", "Daily Mail"];
/** An event of 36 outlets: the six above, then Outlet 06 to Outlet 35. */
const sources = Array.from({ length: 36 }, (_, i) => ({
  id: `o${i}`,
  name: NAMES[i] ?? `Outlet ${String(i).padStart(2, "0")}`,
}));
const names = (list: { name: string }[]) => list.map((s) => s.name);

describe("listedSources", () => {
  it("lists every outlet of an event of up to thirty, without a box to find one", () => {
    const few = sources.slice(0, LISTED_SOURCES);
    expect(listedSources(few, ["o3"], "правда", "uk")).toEqual({ listed: few, matching: 30, finding: false });
  });

  it("lists the chosen outlets first, then the first thirty of the rest", () => {
    const { listed, matching, finding } = listedSources(sources, ["o35", "o2"], "", "en");
    expect(finding).toBe(true);
    expect(matching).toBe(34);
    expect(names(listed).slice(0, 4)).toEqual([
      "The Kyiv Independent",
      "Outlet 35",
      "Українська правда",
      "Новая газета",
    ]);
    expect(listed).toHaveLength(32);
    expect(names(listed).at(-1)).toBe("Outlet 30");
  });

  it("finds outlets by any part of their name in any case, in Cyrillic and Latin script", () => {
    expect(names(listedSources(sources, [], "  ПРАВДА ", "uk").listed)).toEqual(["Українська правда"]);
    expect(names(listedSources(sources, [], "свобод", "ru").listed)).toEqual(["Радио Свобода"]);
    expect(names(listedSources(sources, [], "kyiv", "en").listed)).toEqual(["The Kyiv Independent"]);
    expect(listedSources(sources, [], "outlet 1", "en")).toMatchObject({ matching: 10 });
  });

  it("keeps the chosen outlets listed whatever is typed, and says when nothing else matches", () => {
    expect(listedSources(sources, ["o4"], "Reuters", "en")).toEqual({
      listed: [{ id: "o4", name: "Infobae" }],
      matching: 0,
      finding: true,
    });
  });
});
