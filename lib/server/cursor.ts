/**
 * A keyset cursor: the sort key and id of the last item of a page, opaque in the URL
 * (base64url of JSON). A cursor that does not decode starts from the beginning.
 */
export const encodeCursor = (key: string | number, id: string) =>
  Buffer.from(JSON.stringify([key, id])).toString("base64url");

export function decodeCursor(cursor: string | null | undefined): { key: string | number; id: string } | null {
  if (!cursor || cursor.length > 500) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === "string" || typeof value[0] === "number") &&
      typeof value[1] === "string"
    )
      return { key: value[0], id: value[1] };
  } catch {
    // not a cursor of ours
  }
  return null;
}
