/** How many outlets the filter lists before it asks for a name: an event of hundreds lists these and the chosen. */
export const LISTED_SOURCES = 30;

type Option = { id: string; name: string };

/**
 * What the outlets filter lists: every source of an event of up to LISTED_SOURCES; beyond that the
 * chosen ones, then the first LISTED_SOURCES of the rest (in the order given, most informative
 * first) or of those whose name holds `query` in any case, in the reader's language's rules.
 * `matching`: how many of the rest the query matches (all of them without one).
 */
export function listedSources(sources: Option[], chosen: string[], query: string, lng: string) {
  if (sources.length <= LISTED_SOURCES) return { listed: sources, matching: sources.length, finding: false };
  const needle = query.trim().toLocaleLowerCase(lng);
  const others = sources.filter((s) => !chosen.includes(s.id));
  const matches = needle ? others.filter((s) => s.name.toLocaleLowerCase(lng).includes(needle)) : others;
  return {
    listed: [...sources.filter((s) => chosen.includes(s.id)), ...matches.slice(0, LISTED_SOURCES)],
    matching: matches.length,
    finding: true,
  };
}
