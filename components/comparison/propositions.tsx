import { getT } from "@/i18n/fixed";
import { formatDate, languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { Comparison } from "@/lib/comparison/load";
import type { ShownClaim } from "@/lib/comparison/model";
import { isNegating } from "@/lib/domain/vocabulary";
import { ClaimCard } from "./claim-card";
import { FirstOf } from "./first-of";
import type { Lookup } from "./lookup";

/**
 * The claims view: per aspect, one row per proposition (claims joined by "repeats" and "same
 * claim in another language"), with the outlets and languages that carry it, their stances,
 * and how it spread: "first: A, then B and C repeated it; D denied it".
 */
export function Propositions({ lng, data, look }: { lng: Lng; data: Comparison; look: Lookup }) {
  const t = getT(lng, "comparison");
  const list = (names: string[]) => new Intl.ListFormat(lng, { type: "conjunction" }).format(names);
  return (
    <div className="propositions">
      <p className="muted">{t("claims.note")}</p>
      {data.aspects.map((aspect) => {
        const groups = new Map<string, ShownClaim[]>();
        for (const c of data.claims)
          if (c.aspectId === aspect.id) groups.set(c.clusterId, [...(groups.get(c.clusterId) ?? []), c]);
        if (groups.size === 0) return null;
        return (
          <section key={aspect.id} aria-labelledby={`prop-${aspect.slug}`}>
            <h3 id={`prop-${aspect.slug}`} lang={aspect.questionLang ?? undefined}>
              {aspect.question}
            </h3>
            <ol className="proposition-list">
              {[...groups.values()].map((members) => {
                const first = members[0]!;
                const ids = new Set(members.map((m) => m.id));
                const carriers = [...new Set(members.slice(1).map((m) => m.sourceId))].filter(
                  (s) => s !== first.sourceId,
                );
                const deniers = [
                  ...new Set(
                    data.relations
                      .filter((r) => r.kind === "contradicts" && ids.has(r.to) && !ids.has(r.from))
                      .flatMap((r) => {
                        const by = look.claims.get(r.from);
                        return by ? [look.who(by)] : [];
                      }),
                  ),
                ];
                const spread = [
                  t("claims.first", {
                    source: `${look.sourceName(first.sourceId)}, ${first.publishedAt ? formatDate(lng, first.publishedAt) : t("claims.dateUnknown")}`,
                  }),
                  ...(carriers.length ? [t("claims.repeated", { sources: list(carriers.map(look.sourceName)) })] : []),
                  ...(deniers.length ? [t("claims.denied", { sources: list(deniers) })] : []),
                ].join("; ");
                return (
                  <li key={first.clusterId} className="proposition">
                    {(carriers.length > 0 || deniers.length > 0) && <p className="spread">{spread}</p>}
                    <ul className="carriers" aria-label={t("claims.carriedBy")}>
                      {members.map((m) => (
                        <li key={m.id} className={isNegating(m.stance) ? "carrier carrier--against" : "carrier"}>
                          <bdi>{look.sourceName(m.sourceId)}</bdi> · {languageName(lng, m.quoteLang)} ·{" "}
                          {t(`stance.${m.stance}`)}
                        </li>
                      ))}
                    </ul>
                    <ul className="cell-claims">
                      {members.map((m) => (
                        <ClaimCard key={m.id} lng={lng} claim={m} look={look} />
                      ))}
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
