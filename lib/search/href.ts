/** The search page's address for `filters`, with `change` applied (undefined removes a filter). Plain data, no framework. */
export function searchHref(
  lng: string,
  filters: Record<string, string | number | undefined>,
  change: Record<string, string | number | undefined> = {},
): string {
  const merged = { ...filters, cursor: undefined, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return `/${lng}/search?${params.toString()}`;
}
