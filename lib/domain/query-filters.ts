/**
 * Filters as a page's query string carries them (shareable, survives reload), read one way
 * everywhere: a value a filter does not understand is dropped for its default, never refused, so
 * an old or hand-edited link still opens. No schema library: the comparison's controls read their
 * filters in the browser.
 */

/** A query as the URL gives it, or as Next gives a page its `searchParams`. */
export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Reads one filter from the values its name has in the query (none when absent); undefined when it does not understand them. */
export type FilterReader<T> = (values: string[]) => T;

/** A query's values by name, a repeated name's in order; in a Map, so that "constructor" is only a name. */
export function queryValues(params: QueryParams): Map<string, string[]> {
  const entries =
    params instanceof URLSearchParams
      ? [...params]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x) => [k, x] as const)));
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
}

/** A reader of a filter that takes one value: the name's first. */
export const firstValue =
  <T>(read: (value: string | undefined) => T): FilterReader<T> =>
  (values) =>
    read(values[0]);

/**
 * Reads each filter of a query with its reader, keyed by the name it has in the query. What a
 * reader does not understand is left out, and its name is listed in `ignored` (in the readers'
 * order) so that a page can say so; a name given no value, or only empty ones, is not ignored.
 * As a schema's output would, `found` leaves out a name neither given nor read to a value.
 */
export function readQuery<R extends Record<string, FilterReader<unknown>>>(params: QueryParams, readers: R) {
  const given = queryValues(params);
  const found = {} as { [K in keyof R]: ReturnType<R[K]> };
  const ignored: (keyof R & string)[] = [];
  for (const name of Object.keys(readers) as (keyof R & string)[]) {
    const values = given.get(name) ?? [];
    const value = readers[name]!(values) as ReturnType<R[typeof name]>;
    if (values.length > 0 || value !== undefined) found[name] = value;
    if (value === undefined && values.some((v) => v !== "")) ignored.push(name);
  }
  return { found, ignored };
}
