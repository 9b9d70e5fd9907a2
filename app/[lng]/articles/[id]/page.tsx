import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Annotator } from "@/components/annotator/annotator";
import { ArticleEditor } from "@/components/articles/article-editor";
import { QueryProvider } from "@/components/query-provider";
import { formatDate, languageLabel } from "@/i18n/format";
import { Messages } from "@/i18n/messages";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { loadArticle } from "@/lib/server/loaders";
import { readerLng } from "@/lib/server/request";
import { safeHttpUrl } from "@/lib/text/url";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const article = await loadArticle(id, await readerLng(lng));
  return article ? { title: article.title } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const article = await loadArticle(id, lng);
  if (!article) notFound();
  const [t, tc] = [getT(lng, "articles"), getT(lng, "common")];
  const url = safeHttpUrl(article.url);
  const user = await currentUser();
  const editable = can(user, "editor");
  // whether an open event is left for the article to join; the picker reads which ones when needed
  const joinable = editable
    ? await db.event.count({ where: { archivedAt: null, articles: { none: { articleId: article.id } } } })
    : 0;

  return (
    <article className="article-page">
      <header>
        <h1 lang={article.lang} dir="auto">
          {article.title}
        </h1>
        <dl className="facts">
          <div>
            <dt>{t("meta.outlet")}</dt>
            <dd dir="auto">
              {article.outlet ? (
                <Link href={`/${lng}/outlets/${article.outlet.id}`}>
                  <bdi>{article.outlet.name}</bdi>
                </Link>
              ) : (
                <span className="muted">{tc("unknownOutlet")}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t("meta.language")}</dt>
            <dd>{languageLabel(lng, article.lang)}</dd>
          </div>
          <div>
            <dt>{t("meta.published")}</dt>
            <dd>
              {article.publishedAt ? (
                formatDate(lng, article.publishedAt)
              ) : (
                <span className="muted">{tc("dateUnknown")}</span>
              )}
            </dd>
          </div>
          {article.byline && (
            <div>
              <dt>{t("meta.byline")}</dt>
              <dd dir="auto">{article.byline}</dd>
            </div>
          )}
          {article.likelyDuplicateOf && (
            <div>
              <dt>{t("meta.likelyCopyOf")}</dt>
              <dd>
                <Link href={`/${lng}/articles/${article.likelyDuplicateOf.id}`}>{article.likelyDuplicateOf.title}</Link>
              </dd>
            </div>
          )}
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
                    <bdi>{e.title}</bdi>
                  </Link>
                ))}
              </dd>
            </div>
          )}
        </dl>
        {editable && <ArticleEditor lng={lng} article={article} joinable={joinable > 0} />}
      </header>
      <Messages lng={lng} namespaces={["annotator", "articles", "candidates", "comparison"]}>
        <QueryProvider>
          <Annotator lng={lng} initial={article} user={user && { id: user.id, name: user.name, canEdit: editable }} />
        </QueryProvider>
      </Messages>
    </article>
  );
}
