import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { PickedClaim } from "@/lib/relations/store";
import { short } from "@/lib/text/short";

/**
 * A claim in one line, where claims are chosen or paired (the "link to…" picker, the proposed
 * relations): its quote, shortened, in its language, linked when `href` is given; who said it, where,
 * and its figure. Renders on the server and in the browser alike.
 */
export function ClaimLine({
  lng,
  claim,
  href,
  max = 60,
}: {
  lng: Lng;
  claim: PickedClaim;
  href?: string;
  max?: number;
}) {
  const quote = <bdi>{short(claim.quote, max)}</bdi>;
  return (
    <span className="claim-line">
      {href ? (
        <a href={href} lang={claim.lang}>
          {quote}
        </a>
      ) : (
        <span lang={claim.lang}>{quote}</span>
      )}{" "}
      <span className="muted">
        · <bdi>{claim.speaker ?? claim.source}</bdi>
        {claim.speaker && (
          <>
            {" · "}
            <bdi>{claim.source}</bdi>
          </>
        )}
        {claim.quantity && <> · {formatFigure(lng, claim.quantity)}</>}
      </span>
    </span>
  );
}
