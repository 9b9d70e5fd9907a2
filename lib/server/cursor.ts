/**
 * An opaque token in a URL for where a list goes on: a few values (a sort key, an id, …) as
 * base64url of JSON. A token that does not decode is not one of ours: null.
 */
export const encodeToken = (values: (string | number)[]) => Buffer.from(JSON.stringify(values)).toString("base64url");

export function decodeToken(token: string | null | undefined): unknown[] | null {
  if (!token || token.length > 500) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** A keyset cursor: the sort key and id of the last item of a page. One that does not decode starts over. */
export const encodeCursor = (key: string | number, id: string) => encodeToken([key, id]);

export function decodeCursor(cursor: string | null | undefined): { key: string | number; id: string } | null {
  const value = decodeToken(cursor);
  if (
    value?.length === 2 &&
    (typeof value[0] === "string" || typeof value[0] === "number") &&
    typeof value[1] === "string"
  )
    return { key: value[0], id: value[1] };
  return null;
}
