import { describe, expect, it } from "vitest";
import { loadDemoCorpus } from "@/lib/seed/demo-data";
import {
  CANDIDATE_DISTANCE,
  closeFingerprints,
  containment,
  fingerprint,
  hammingDistance,
  likelyDuplicate,
  nearQuarters,
} from "./similarity";

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

describe("the quarters a fingerprint's near neighbours share", () => {
  it("lists, per quarter, the 697 values within three bits of it", () => {
    const print = fingerprint(english!);
    const quarters = nearQuarters(print);
    expect(quarters.map((q) => q.length)).toEqual([697, 697, 697, 697]);
    expect(quarters.map((q) => q[0])).toEqual([0, 1, 2, 3].map((b) => print.slice(b * 4, b * 4 + 4)));
    expect(quarters.flat().every((v) => /^[0-9a-f]{4}$/.test(v))).toBe(true);
    expect(nearQuarters("")).toEqual([]);
  });

  it("finds every fingerprint the scan finds: 2,000 neighbours at 0 to 12 bits, each sharing a near quarter", () => {
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const print = fingerprint(ukrainian!);
    const quarters = nearQuarters(print);
    for (let n = 0; n < 2_000; n++) {
      // flip between 0 and 12 bits anywhere, as a reposted copy's small edits do
      const bits = [...print].flatMap((h) => [...parseInt(h, 16).toString(2).padStart(4, "0")].map(Number));
      const flips = Math.floor(random() * (CANDIDATE_DISTANCE + 1));
      for (let f = 0; f < flips; f++) bits[Math.floor(random() * 64)]! ^= 1;
      const other = Array.from({ length: 16 }, (_, i) =>
        parseInt(bits.slice(i * 4, i * 4 + 4).join(""), 2).toString(16),
      ).join("");
      expect(hammingDistance(print, other)).toBeLessThanOrEqual(CANDIDATE_DISTANCE);
      expect([0, 1, 2, 3].some((b) => quarters[b]!.includes(other.slice(b * 4, b * 4 + 4)))).toBe(true);
    }
  });
});
