import { describe, expect, it } from "vitest";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { closeFingerprints, containment, fingerprint, hammingDistance, likelyDuplicate } from "./similarity";

const { texts } = loadDemoCorpus();
const [english, ukrainian, , reposted] = [...texts.values()];

describe("near-duplicate detection", () => {
  it("finds an aggregator's copy with a source line appended, and only that", () => {
    const copy = `${english}\n\nSource: Read Full Article`;
    expect(hammingDistance(fingerprint(copy), fingerprint(english!))).toBeLessThanOrEqual(6);
    const stored = [...texts.entries()].map(([id, text]) => ({ id, text, fingerprint: fingerprint(text) }));
    const close = closeFingerprints(fingerprint(copy), stored);
    expect(close.map((c) => c.id)).toEqual(["000_3e3b3355eff12a28.txt"]);
    expect(likelyDuplicate(copy, close)).toEqual({ id: "000_3e3b3355eff12a28.txt", containment: 1 });
  });

  it("finds a copy that dropped its last paragraph and retyped its quotes, in Cyrillic", () => {
    const paragraphs = ukrainian!.split("\n\n");
    const copy = paragraphs.slice(0, -1).join("\n\n").replace(/"/g, "«");
    expect(containment(copy, ukrainian!)).toBeGreaterThan(0.9);
    expect(likelyDuplicate(copy, [{ id: "uk", text: ukrainian! }])?.id).toBe("uk");
  });

  it("does not flag different articles on the same event", () => {
    expect(containment(english!, reposted!)).toBeLessThan(0.1);
    expect(likelyDuplicate(english!, [{ id: "other", text: reposted! }])).toBeNull();
  });

  it("gives no fingerprint to a text without words and never matches a very short one", () => {
    expect(fingerprint("— 2019 —")).toBe(fingerprint("2019"));
    expect(fingerprint("…")).toBe("");
    expect(likelyDuplicate("Кремль мовчить.", [{ id: "x", text: "Кремль мовчить." }])).toBeNull();
  });
});
