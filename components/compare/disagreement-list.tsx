import { formatFigure } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { Disagreement } from "@/lib/comparison/disagreements";
import type { ComparisonClaim } from "@/lib/comparison/model";

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 58).trimEnd()}…` : text);

/** Each disagreement of an aspect, naming its claims; each name jumps to the claim on this page. */
export function DisagreementList({
  lng,
  disagreements,
  claims,
}: {
  lng: Lng;
  disagreements: Disagreement[];
  claims: Map<string, ComparisonClaim>;
}) {
  const t = getT(lng, "compare");
  if (disagreements.length === 0) return null;
  const links = (ids: string[]) => (
    <ul>
      {ids.map((id) => {
        const claim = claims.get(id);
        return (
          claim && (
            <li key={id}>
              <a href={`#cmp-${id}`} lang={claim.quoteLang}>
                {short(claim.quote)}
              </a>
            </li>
          )
        );
      })}
    </ul>
  );
  return (
    <ul className="disagreements" aria-label={t("disagreements.heading")}>
      {disagreements.map((d, i) => (
        <li key={i}>
          {d.kind === "figures" && (
            <>
              {t("disagreements.figures", { count: Math.round(d.factor) })}
              {links(d.claimIds)}
            </>
          )}
          {d.kind === "contradiction" && (
            <>
              {t("disagreements.contradiction")}
              {links(d.affirming)}
              {t("disagreements.against")}
              {links(d.negating)}
            </>
          )}
          {d.kind === "attribution" && (
            <>
              {t("disagreements.attribution", { value: formatFigure(lng, d.quantity) })}
              {links(d.claimIds)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
