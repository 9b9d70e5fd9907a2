import { ClaimLine } from "@/components/compare/claim-line";
import { ApiForm } from "@/components/forms/api-form";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { PickedClaim, proposedRelations } from "@/lib/server/relations";

const claimHref = (lng: Lng, claim: PickedClaim) => `/${lng}/articles/${claim.articleId}#claim-${claim.id}`;

/**
 * The relations the comparison proposes for the event, for an editor to accept (it becomes
 * a relation) or reject (it is not proposed again). Nothing is applied by itself.
 */
export function Proposals({ lng, proposals }: { lng: Lng; proposals: Awaited<ReturnType<typeof proposedRelations>> }) {
  const t = getT(lng, "compare");
  return (
    <section aria-labelledby="proposals" className="proposals">
      <h2 id="proposals">{t("proposals.heading")}</h2>
      <p className="muted">{t("proposals.intro")}</p>
      {proposals.length === 0 ? (
        <p className="empty">{t("proposals.empty")}</p>
      ) : (
        <ol className="proposal-list">
          {proposals.map((p) => (
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
