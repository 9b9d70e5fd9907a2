import { getT } from "@/i18n/fixed";
import { formatDate, languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { Source } from "@/lib/comparison/load";

/** A source's date as its cell's heading gives it, which the claims in the cell do not repeat. */
export function sourceDate(lng: Lng, source: Source): string {
  return source.publishedAt ? formatDate(lng, source.publishedAt) : getT(lng, "comparison")("claim.dateUnknown");
}

/** A source's name: the outlet, or the article (by its site or title) when its outlet is unknown; its languages and date. */
export function SourceName({ lng, source }: { lng: Lng; source: Source }) {
  const t = getT(lng, "comparison");
  return (
    <>
      {source.kind === "outlet" ? (
        <bdi className="source-name">{source.name}</bdi>
      ) : (
        <a className="source-name" href={`/${lng}/articles/${source.articleId}`}>
          <bdi>{source.name}</bdi>
        </a>
      )}
      <span className="source-meta">
        {[
          ...(source.kind === "article" ? [t("source.unknown")] : []),
          source.languages.map((l) => languageName(lng, l)).join(", "),
          sourceDate(lng, source),
        ].join(" · ")}
      </span>
    </>
  );
}
