import type React from "react";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import { disputedIds } from "@/lib/comparison/disagreements";
import type { ComparisonClaim } from "@/lib/comparison/model";
import type { Comparison } from "@/lib/server/comparison";
import { ClaimCard } from "./claim-card";
import { DisagreementList } from "./disagreement-list";
import { SourceName } from "./source-name";
import { summaryLine } from "./summary";

/**
 * Aspects as rows, sources as columns; each cell the source's claims on the aspect,
 * or a note that it is silent. Below 48rem the columns stack under each aspect.
 */
export function Matrix({ lng, data, claims }: { lng: Lng; data: Comparison; claims: Map<string, ComparisonClaim> }) {
  const t = getT(lng, "compare");
  return (
    <div className="matrix-wrap">
      <table className="matrix" style={{ "--sources": data.sources.length } as React.CSSProperties}>
        <caption className="visually-hidden">{t("matrix.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("matrix.aspect")}</th>
            {data.sources.map((s) => (
              <th key={s.id} scope="col">
                <SourceName lng={lng} source={s} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.aspects.map((aspect) => {
            const disputed = disputedIds(aspect.disagreements);
            return (
              <tr key={aspect.id} id={`aspect-${aspect.slug}`}>
                <th scope="row">
                  <span className="aspect-question" lang={aspect.questionLang ?? undefined}>
                    {aspect.question}
                  </span>
                  <span className="aspect-summary">{summaryLine(lng, t, aspect.summary)}</span>
                  <DisagreementList lng={lng} disagreements={aspect.disagreements} claims={claims} />
                </th>
                {data.sources.map((s) => {
                  const ids = aspect.cells[s.id] ?? [];
                  return (
                    <td key={s.id}>
                      <span className="cell-source" aria-hidden="true">
                        <SourceName lng={lng} source={s} />
                      </span>
                      {ids.length === 0 ? (
                        <p className="silent">{t("matrix.silent")}</p>
                      ) : (
                        <ul className="cell-claims">
                          {ids.map((id) => (
                            <ClaimCard key={id} lng={lng} claim={claims.get(id)!} disputed={disputed.has(id)} />
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
