export interface Span {
  id: string;
  start: number;
  end: number;
}

/** Whether two spans of a text share at least one character (touching ends do not). */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Whether `inner` lies within `outer` (the figure inside a denial's sentence); a span lies within itself. */
export const within = (inner: { start: number; end: number }, outer: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Whether two spans may not both be claims: they share words but neither lies inside the other,
 * or they are the same words. A claim may lie inside another (a denial holds the figure it denies).
 */
export const crosses = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  overlaps(a, b) && ((a.start === b.start && a.end === b.end) || (!within(a, b) && !within(b, a)));

export interface Segment {
  start: number;
  end: number;
  /** ids of the spans covering this segment, in the order the spans were given */
  spanIds: string[];
}

/**
 * Cuts a text of `length` characters at every span boundary, so that overlapping
 * spans can be highlighted without nesting: each segment knows which spans cover it.
 * Spans outside the text are clipped; empty ones are ignored.
 */
export function segmentText(length: number, spans: readonly Span[]): Segment[] {
  const clipped = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set([0, length]);
  for (const s of clipped) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const spanIds = clipped.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);
    segments.push({ start, end, spanIds });
  }
  return segments;
}
