import { ClaimLine } from "@/components/comparison/claim-line";
import { ApiForm } from "@/components/forms/api-form";
import { Pager } from "@/components/layout/pager";
import { getT } from "@/i18n/fixed";
import { formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { PROPOSALS_PER_PAGE } from "@/lib/relations/proposals";
import type { PickedClaim, proposedRelations } from "@/lib/relations/store";

const claimHref = (lng: Lng, claim: PickedClaim) => `/${lng}/articles/${claim.articleId}#claim-${claim.id}`;

/**
 * The relations the comparison proposes for the event, for an editor to accept (it becomes
 * a relation) or reject (it is not proposed again). Nothing is applied by itself. A page at a
 * time: `pageHref` gives the address of another page of them.
 */
export function Proposals({
  lng,
  proposals: { items, total, page, pages },
  pageHref,
}: {
  lng: Lng;
  proposals: Awaited<ReturnType<typeof proposedRelations>>;
  pageHref: (page: number) => string;
}) {
  const t = getT(lng, "comparison");
  return (
    <section aria-labelledby="proposals" className="proposals">
      <h2 id="proposals">{t("proposals.heading")}</h2>
      <p className="muted">{t("proposals.intro")}</p>
      {total === 0 ? (
        <p className="empty">{t("proposals.empty")}</p>
      ) : (
        <Pager
          lng={lng}
          label={t("proposals.label")}
          previous={page > 1 ? pageHref(page - 1) : null}
          next={page < pages ? pageHref(page + 1) : null}
        >
          {t("proposals.range", {
            from: formatNumber(lng, (page - 1) * PROPOSALS_PER_PAGE + 1),
            to: formatNumber(lng, Math.min(total, page * PROPOSALS_PER_PAGE)),
            count: total,
          })}
        </Pager>
      )}
      {total > 0 && (
        <ol className="proposal-list" start={(page - 1) * PROPOSALS_PER_PAGE + 1}>
          {items.map((p) => (
            <li key={`${p.from}-${p.to}-${p.kind}`} className="proposal">
              <ClaimLine lng={lng} claim={p.fromClaim} href={claimHref(lng, p.fromClaim)} max={120} />
              <span className="proposal-kind badge">{t(`relation.kinds.${p.kind}`)}</span>
              <ClaimLine lng={lng} claim={p.toClaim} href={claimHref(lng, p.toClaim)} max={120} />
              <span className="proposal-actions">
                {(["confirmed", "rejected"] as const).map((status) => (
                  <ApiForm
                    key={status}
                    action={`/api/claims/${p.from}/relations`}
                    lng={lng}
                    submit={t(status === "confirmed" ? "proposals.accept" : "proposals.reject")}
                    busy={t(status === "confirmed" ? "proposals.accept" : "proposals.reject")}
                    done={t(status === "confirmed" ? "proposals.accepted" : "proposals.rejected")}
                  >
                    <input type="hidden" name="kind" value={p.kind} />
                    <input type="hidden" name="to" value={p.to} />
                    <input type="hidden" name="status" value={status} />
                  </ApiForm>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
