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
