/**
 * Near-duplicate detection: a 64-bit SimHash of word 4-shingles finds candidates
 * cheaply (a reposted copy differs in a few bits), and the share of shingles the
 * shorter text has in common with the longer one confirms them.
 */

const SHINGLE = 4;

function words(text: string): string[] {
  return text.toLocaleLowerCase("und").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over a string, 32 bits, from a given offset basis (two bases give 64 bits). */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length < SHINGLE) {
    if (w.length) out.add(w.join(" "));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** The text's SimHash as 16 hex digits; "" for a text without words. */
export function fingerprint(text: string): string {
  const counts = new Int32Array(64);
  const set = shingles(text);
  if (set.size === 0) return "";
  for (const s of set) {
    const halves = [fnv1a(s, 0x811c9dc5), fnv1a(s, 0x050c5d1f)];
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (counts[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}

/** How many of the 64 bits two fingerprints differ in. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i] ?? "0", 16) ^ parseInt(b[i] ?? "0", 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/** The share (0–1) of the shorter text's shingles found in the longer one. */
export function containment(a: string, b: string): number {
  const [x, y] = [shingles(a), shingles(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Fingerprints this close are worth comparing text by text. */
export const CANDIDATE_DISTANCE = 12;
/** Texts sharing this much are the same article reposted. */
export const LIKELY_DUPLICATE = 0.9;

/** How many bits of a quarter of a fingerprint may differ when the whole differs in at most CANDIDATE_DISTANCE. */
const QUARTER_DISTANCE = Math.floor(CANDIDATE_DISTANCE / 4);

/**
 * Per quarter of a fingerprint (four hex digits, as the FingerprintBand index stores them), every
 * value within QUARTER_DISTANCE bits of it: 697 each. Two fingerprints at most CANDIDATE_DISTANCE
 * bits apart differ in at most 3 bits in one of their four quarters at least (pigeonhole), so
 * looking these up finds every stored fingerprint the scan of all of them would.
 */
export function nearQuarters(print: string): string[][] {
  if (print.length !== 16) return [];
  return [0, 1, 2, 3].map((band) => {
    const value = parseInt(print.slice(band * 4, band * 4 + 4), 16);
    const near = new Set([value]);
    let frontier = [value];
    for (let step = 0; step < QUARTER_DISTANCE; step++) {
      const next: number[] = [];
      for (const v of frontier)
        for (let bit = 0; bit < 16; bit++) {
          const flipped = v ^ (1 << bit);
          if (!near.has(flipped)) {
            near.add(flipped);
            next.push(flipped);
          }
        }
      frontier = next;
    }
    return [...near].map((v) => v.toString(16).padStart(4, "0"));
  });
}

/** The stored fingerprints close enough to a new text's to compare the texts. */
export function closeFingerprints<T extends { fingerprint: string | null }>(print: string, stored: T[]): T[] {
  if (!print) return [];
  return stored.filter((s) => s.fingerprint && hammingDistance(print, s.fingerprint) <= CANDIDATE_DISTANCE);
}

/** Of the candidates, the stored article the text most likely reposts, if any. */
export function likelyDuplicate(
  text: string,
  candidates: { id: string; text: string }[],
): { id: string; containment: number } | null {
  if (shingles(text).size < 8) return null;
  let best: { id: string; containment: number } | null = null;
  for (const candidate of candidates) {
    const share = containment(text, candidate.text);
    if (share >= LIKELY_DUPLICATE && (!best || share > best.containment))
      best = { id: candidate.id, containment: share };
  }
  return best;
}
