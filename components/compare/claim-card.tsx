import { formatDate, formatFigure } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { ComparisonClaim } from "@/lib/comparison/model";

/** One claim in a cell or on the timeline: the quote in its language, linked to its span in the article. */
export function ClaimCard({ lng, claim, disputed }: { lng: Lng; claim: ComparisonClaim; disputed: boolean }) {
  const t = getT(lng, "compare");
  return (
    <li id={`cmp-${claim.id}`} className={disputed ? "claim-card claim-card--disputed" : "claim-card"}>
      <blockquote lang={claim.quoteLang}>
        <a href={`/${lng}/articles/${claim.articleId}#claim-${claim.id}`} title={t("claim.open")}>
          <bdi>{claim.quote}</bdi>
        </a>
      </blockquote>
      {claim.quantity && (
        <p className="figure">
          <strong>{formatFigure(lng, claim.quantity)}</strong>{" "}
          {claim.quantity.counted && (
            <span className="muted" lang={claim.quoteLang}>
              {claim.quantity.counted}
            </span>
          )}
        </p>
      )}
      <p className="meta">
        {t("claim.said", {
          speaker: claim.speaker?.name ?? t("claim.outletItself"),
          stance: t(`stance.${claim.stance}`),
        })}
        {" · "}
        {claim.publishedAt ? formatDate(lng, claim.publishedAt) : t("claim.dateUnknown")}
        {claim.status === "suggested" && <span className="badge badge--muted">{t("claim.suggested")}</span>}
        {disputed && <span className="badge badge--alert">{t("claim.disputed")}</span>}
      </p>
    </li>
  );
}
