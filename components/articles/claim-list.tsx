import { formatQuantity } from "@/i18n/format";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim } from "@/lib/server/articles";

/** The article's claims in text order, each linking to its highlighted span. */
export function ClaimList({ lng, articleLang, claims }: { lng: Lng; articleLang: string; claims: ArticleClaim[] }) {
  const t = getT(lng, "articles");
  if (claims.length === 0) return <p className="empty">{t("claimsEmpty")}</p>;
  return (
    <ol className="claims">
      {claims.map((c) => (
        <li key={c.id} className={`claim claim--${c.kind}`}>
          <blockquote lang={articleLang}>
            <a href={`#claim-${c.id}`} aria-label={`${t("showInText")}: ${c.quote}`}>
              {c.quote}
            </a>
          </blockquote>
          <dl>
            <div>
              <dt>{t("speaker")}</dt>
              <dd>
                {c.speaker?.name ?? <span className="muted">{t("outletVoice")}</span>} · {t(`stance.${c.stance}`)}
              </dd>
            </div>
            {c.quantity && (
              <div>
                <dt>{t("figure")}</dt>
                <dd>
                  {c.quantity.approximate && `${t("approximate")} `}
                  {formatQuantity(lng, c.quantity.low, c.quantity.high)} {c.quantity.counted}
                </dd>
              </div>
            )}
            {c.aspect && (
              <div>
                <dt>{t("aspect")}</dt>
                <dd>{c.aspect.question}</dd>
              </div>
            )}
          </dl>
          <p className="meta">
            <span className="badge">{t(`kind.${c.kind}`)}</span>
            {c.status !== "confirmed" && <span className="badge badge--muted">{t(`status.${c.status}`)}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
