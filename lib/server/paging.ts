import "server-only";

/** How many items a page of a list shows. */
export const LIST_PAGE = 50;

/**
 * One page of a list in a stable order ending in the id, after the item whose id is `after`
 * (Prisma's cursor: keyset, not OFFSET, so that no page costs more than the first and none
 * loses or repeats an item while others are added). Reads one item more than it shows, to
 * know whether there is a next page.
 */
export async function keysetPage<T extends { id: string }>(
  read: (args: { take: number; cursor?: { id: string }; skip?: number }) => Promise<T[]>,
  after: string | null | undefined,
  size = LIST_PAGE,
) {
  const rows = await read({ take: size + 1, ...(after && { cursor: { id: after }, skip: 1 }) });
  const items = rows.slice(0, size);
  return { items, next: rows.length > size ? items.at(-1)!.id : null };
}

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

/** A page's `cursor` from its query string, when it can be one of ours. */
export const cursorOf = (value: string | string[] | undefined) =>
  typeof value === "string" && value.length <= 64 ? value : undefined;

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
