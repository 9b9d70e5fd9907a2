/** The texts of a note's bodies (its comment, tags and verdict), from the JSON the Annotation row stores. */
export const noteValues = (body: string): string[] =>
  (JSON.parse(body) as { value?: string }[]).map((b) => b.value ?? "").filter(Boolean);
