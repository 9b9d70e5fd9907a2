import { formatDate, formatNumber } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { Comparison } from "@/lib/server/comparison";
import { ClaimCard } from "./claim-card";
import type { Lookup } from "./lookup";

/** Claims in publication order, grouped by aspect: how the story moved. */
export function Timeline({ lng, data, look }: { lng: Lng; data: Comparison; look: Lookup }) {
  const t = getT(lng, "compare");
  const shownOf = (aspectId: string) => data.claims.filter((c) => c.aspectId === aspectId).length;
  return (
    <div className="timeline">
      <p className="muted">{t("timeline.note")}</p>
      {data.aspects.map((aspect) => {
        const mine = data.claims.filter((c) => c.aspectId === aspect.id);
        if (mine.length === 0) return null;
        return (
          <section key={aspect.id} aria-labelledby={`tl-${aspect.slug}`}>
            <h3 id={`tl-${aspect.slug}`} lang={aspect.questionLang ?? undefined}>
              {aspect.question}
            </h3>
            <ol className="timeline-list">
              {mine.map((c) => {
                return (
                  <li key={c.id}>
                    <p className="timeline-when">
                      {c.publishedAt ? formatDate(lng, c.publishedAt) : t("timeline.noDate")}
                      {" · "}
                      <bdi>{look.sourceName(c.sourceId)}</bdi>
                    </p>
                    <ul className="cell-claims">
                      <ClaimCard lng={lng} claim={c} look={look} />
                    </ul>
                  </li>
                );
              })}
            </ol>
            {aspect.total > shownOf(aspect.id) && (
              <p className="muted">
                {t("views.firstOf", { shown: formatNumber(lng, shownOf(aspect.id)), count: aspect.total })}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
