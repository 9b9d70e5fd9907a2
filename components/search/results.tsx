import Link from "next/link";
import { getT } from "@/i18n/fixed";
import { formatDate, languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { SearchResults } from "@/lib/search/load";

type Result = SearchResults["results"][number];

const hrefOf = (lng: Lng, r: Result) =>
  `/${lng}/articles/${r.articleId}${r.type === "claim" ? `#claim-${r.id}` : r.type === "note" ? `#note-${r.id}` : ""}`;

/** Marked words of a snippet, rendered as text inside <mark>: a snippet is never markup. */
function Marked({ parts }: { parts: { text: string; mark: boolean }[] }) {
  return parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
}

/** The hits in rank order: type, title, outlet, language, date, the snippet, and how it was found. */
export function SearchResultList({ lng, results, selectable }: { lng: Lng; results: Result[]; selectable: boolean }) {
  const [t, tc, ta] = [getT(lng, "search"), getT(lng, "common"), getT(lng, "articles")];
  return (
    <ol className="search-results">
      {results.map((r) => (
        <li key={`${r.type}-${r.id}`} className="search-result">
          {selectable && (
            <input
              type="checkbox"
              name="articleIds[]"
              value={r.articleId}
              aria-label={t("select", { title: r.title })}
            />
          )}
          <div>
            <p className="meta">
              <span className="badge">{t(`types.${r.type}`)}</span>{" "}
              {r.outlet ? <bdi>{r.outlet.name}</bdi> : tc("unknownOutlet")} · {languageName(lng, r.lang)} ·{" "}
              {r.publishedAt ? formatDate(lng, r.publishedAt) : tc("dateUnknown")}
            </p>
            <h2>
              <Link href={hrefOf(lng, r)} lang={r.lang} dir="auto">
                {r.titleMarks ? <Marked parts={r.titleMarks} /> : r.title}
              </Link>
            </h2>
            <p className="snippet" lang={r.lang} dir="auto">
              <Marked parts={r.snippet} />
            </p>
            {r.claim && (
              <p className="meta">
                {ta(`kind.${r.claim.kind}`)} · {r.claim.speaker ? <bdi>{r.claim.speaker.name}</bdi> : ta("outletVoice")}{" "}
                · {ta(`stance.${r.claim.stance}`)}
              </p>
            )}
            {r.via && (
              <p className="meta">
                {t("via")} <bdi>{r.via}</bdi>
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
