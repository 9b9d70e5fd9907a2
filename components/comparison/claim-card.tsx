import { Via } from "@/components/layout/via";
import { getT } from "@/i18n/fixed";
import { formatComparedRange, formatDate, formatFigure } from "@/i18n/format";
import { rich } from "@/i18n/rich";
import type { Lng } from "@/i18n/settings";
import { asQuotation } from "@/lib/comparison/counted";
import type { ShownClaim } from "@/lib/comparison/model";
import type { Lookup } from "./lookup";

/**
 * One claim in a cell, a proposition or the timeline: the quote in its language, linked to
 * its span in the article; its figure as the text states it (the range it is compared by on
 * demand), or the change it ends; who said it; its verdict; and, when it is disputed, by whom.
 */
export function ClaimCard({
  lng,
  claim,
  look,
  sourceDate,
}: {
  lng: Lng;
  claim: ShownClaim;
  look: Lookup;
  /** the date the claim's cell already gives in its heading, not repeated on the claim */
  sourceDate?: string;
}) {
  const t = getT(lng, "comparison");
  const date = claim.publishedAt ? formatDate(lng, claim.publishedAt) : t("claim.dateUnknown");
  const q = claim.quantity;
  const stated = q && formatFigure(lng, q);
  // each "disputed by" once: two denials of one speaker in one article make one flag
  const flags = [
    ...new Map(
      claim.disputes.flatMap((d) => {
        const by = look.claims.get(d.by);
        if (!by) return [];
        const who = look.who(by);
        const label =
          d.reason === "figures"
            ? t("claim.figuresApart", {
                count: Math.round(d.factor),
                who,
                value: by.quantity ? formatFigure(lng, by.quantity) : "",
              })
            : !by.speaker
              ? t("claim.disputedBySource", { source: who })
              : by.articleId === claim.articleId
                ? t("claim.disputedBy", { who })
                : t("claim.disputedByIn", { who, source: look.sourceName(by.sourceId) });
        return [[label, by.id] as const];
      }),
    ),
  ];
  return (
    <li id={`cmp-${claim.id}`} className={claim.disputes.length ? "claim-card claim-card--disputed" : "claim-card"}>
      <blockquote lang={claim.quoteLang}>
        <a href={`/${lng}/articles/${claim.articleId}#claim-${claim.id}`}>
          <bdi>{claim.quote}</bdi>
        </a>
      </blockquote>
      {q && claim.earlier ? (
        // the later figure of a change, after the one it updates: "≈ 1,000 → a few dozen"
        <p className="figure figure--change">
          <strong>{t("claim.change", { from: formatFigure(lng, claim.earlier), to: stated })}</strong>{" "}
          <Counted claim={claim} />
        </p>
      ) : (
        q &&
        (q.stated.vagueness === null && q.stated.low === q.low && q.stated.high === q.high ? (
          <p className="figure">
            <strong>{stated}</strong> <Counted claim={claim} />
          </p>
        ) : (
          <details className="figure">
            <summary>
              <strong>{stated}</strong> <Counted claim={claim} />
            </summary>
            <span className="muted">{t("claim.compared", { range: formatComparedRange(lng, q) })}</span>
          </details>
        ))
      )}
      <p className="meta">
        {rich((values) => t("claim.said", values), {
          speaker: claim.speaker ? (
            <bdi>{claim.speaker.name}</bdi>
          ) : claim.speakerText ? (
            <bdi lang={claim.quoteLang}>{claim.speakerText}</bdi>
          ) : (
            t("claim.outletItself")
          ),
          stance: t(`stance.${claim.stance}`),
        })}
        <Via chain={claim.reportedVia} label={(key, values) => t(`claim.${key}`, values)} />
        {date !== sourceDate && ` · ${date}`}
        {claim.status === "suggested" && <span className="badge badge--muted">{t("claim.suggested")}</span>}
        {claim.verdict && (
          <span className={`badge badge--verdict badge--${claim.verdict}`}>
            {t("claim.verdict", { verdict: t(`verdicts.${claim.verdict}`) })}
          </span>
        )}
      </p>
      {flags.length > 0 && (
        <ul className="dispute-flags">
          {flags.map(([label, by]) => (
            <li key={label}>
              <a href={`#cmp-${by}`}>{label}</a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * What a figure counts, in one language with the line it is on: the reader's words, or a
 * quotation marked as its own language and isolated.
 */
export function Counted({ claim }: { claim: ShownClaim }) {
  const counted = claim.counted;
  if (!counted) return null;
  return counted.quoted ? (
    <span className="muted" lang={counted.lang} dir="auto">
      {asQuotation(counted.text, counted.lang)}
    </span>
  ) : (
    <span className="muted">{counted.text}</span>
  );
}
