import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/articles/article-text";
import { ClaimList } from "@/components/articles/claim-list";
import { formatDate, formatNumber, languageName } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { readerLng } from "@/lib/server/auth";
import { getArticle } from "@/lib/server/articles";
import { safeHttpUrl } from "@/lib/text/url";
import { Section } from "@/components/layout/section";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const article = await getArticle(id, await readerLng(lng));
  return article ? { title: article.title } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const article = await getArticle(id, lng);
  if (!article) notFound();
  const [t, tc] = [getT(lng, "articles"), getT(lng, "common")];
  const url = safeHttpUrl(article.url);
  const highlights = article.claims.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    label: `${t(`kind.${c.kind}`)} · ${c.speaker?.name ?? t("outletVoice")}`,
  }));

  return (
    <article className="article-page">
      <header>
        <h1 lang={article.lang}>{article.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t("meta.outlet")}</dt>
            <dd>{article.outlet?.name ?? <span className="muted">{tc("unknownOutlet")}</span>}</dd>
          </div>
          <div>
            <dt>{t("meta.language")}</dt>
            <dd>{languageName(lng, article.lang)}</dd>
          </div>
          <div>
            <dt>{t("meta.published")}</dt>
            <dd>{article.publishedAt ? formatDate(lng, article.publishedAt) : <span className="muted">{tc("dateUnknown")}</span>}</dd>
          </div>
          {url && (
            <div>
              <dt>{t("meta.url")}</dt>
              <dd>
                <a href={url} rel="noopener noreferrer nofollow">
                  {url}
                </a>
              </dd>
            </div>
          )}
          {article.events.length > 0 && (
            <div>
              <dt>{t("meta.events")}</dt>
              <dd>
                {article.events.map((e) => (
                  <Link key={e.id} href={`/${lng}/events/${e.id}`}>
                    {e.title}
                  </Link>
                ))}
              </dd>
            </div>
          )}
        </dl>
      </header>
      <div className="article-layout">
        <Section id="text-heading" title={t("text")}>
          <ArticleText text={article.text} lang={article.lang} highlights={highlights} />
        </Section>
        <aside aria-labelledby="claims-heading">
          <h2 id="claims-heading">
            {t("claims")} <span className="count">({formatNumber(lng, article.claims.length)})</span>
          </h2>
          <ClaimList lng={lng} articleLang={article.lang} claims={article.claims} />
        </aside>
      </div>
    </article>
  );
}
