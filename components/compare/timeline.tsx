import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import { disputedIds } from "@/lib/comparison/disagreements";
import type { ComparisonClaim } from "@/lib/comparison/model";
import type { Comparison } from "@/lib/server/comparison";
import { ClaimCard } from "./claim-card";

/** Claims in publication order, grouped by aspect: how the story moved. */
export function Timeline({ lng, data, claims }: { lng: Lng; data: Comparison; claims: Map<string, ComparisonClaim> }) {
  const t = getT(lng, "compare");
  const sources = new Map(data.options.sources.map((s) => [s.id, s]));
  return (
    <div className="timeline">
      <p className="muted">{t("timeline.note")}</p>
      {data.aspects.map((aspect) => {
        const mine = data.claims.filter((c) => c.aspectId === aspect.id);
        if (mine.length === 0) return null;
        const disputed = disputedIds(aspect.disagreements);
        return (
          <section key={aspect.id} aria-labelledby={`tl-${aspect.slug}`}>
            <h3 id={`tl-${aspect.slug}`} lang={aspect.questionLang ?? undefined}>
              {aspect.question}
            </h3>
            <ol className="timeline-list">
              {mine.map((c) => {
                const source = sources.get(c.sourceId);
                return (
                  <li key={c.id}>
                    <p className="timeline-when">
                      {c.publishedAt ? formatDate(lng, c.publishedAt) : t("timeline.noDate")}
                      {" · "}
                      {source?.kind === "outlet" ? source.name : t("source.unknown", { title: source?.name ?? "" })}
                    </p>
                    <ul className="cell-claims">
                      <ClaimCard lng={lng} claim={claims.get(c.id)!} disputed={disputed.has(c.id)} />
                    </ul>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
