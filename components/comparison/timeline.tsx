import { getT } from "@/i18n/fixed";
import { formatDate } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { Comparison } from "@/lib/comparison/load";
import { ClaimCard } from "./claim-card";
import { FirstOf } from "./first-of";
import type { Lookup } from "./lookup";

/** Claims in publication order, grouped by aspect: how the story moved. */
export function Timeline({ lng, data, look }: { lng: Lng; data: Comparison; look: Lookup }) {
  const t = getT(lng, "comparison");
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
            <FirstOf lng={lng} data={data} aspect={aspect} />
          </section>
        );
      })}
    </div>
  );
}
