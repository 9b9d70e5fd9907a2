import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate, formatNumber, languageName } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { readerLng } from "@/lib/server/auth";
import { getEvent } from "@/lib/server/events";
import { Table } from "@/components/layout/table";
import { Section } from "@/components/layout/section";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const event = await getEvent(id, await readerLng(lng));
  return event ? { title: event.title } : {};
}

export default async function EventPage({ params }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const event = await getEvent(id, lng);
  if (!event) notFound();
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];

  return (
    <article>
      <h1 lang={event.titleLang ?? undefined}>{event.title}</h1>
      {event.summary && (
        <p className="lead" lang={event.summaryLang ?? undefined}>
          {event.summary}
        </p>
      )}

      <Section id="aspects" title={t("detail.aspects")}>
        {event.aspects.length === 0 ? (
          <p className="empty">{t("detail.aspectsEmpty")}</p>
        ) : (
          <ol className="aspects">
            {event.aspects.map((a) => (
              <li key={a.id} className="aspect">
                <h3 lang={a.questionLang ?? undefined}>{a.question}</h3>
                <p className="meta">
                  <span className="badge">{t(`kind.${a.kind}`)}</span>{" "}
                  {a.claimCount === 0
                    ? t("detail.silent")
                    : t("detail.answeredBy", {
                        articles: tc("count.articles", { count: a.articleCount }),
                        claims: tc("count.claims", { count: a.claimCount }),
                      })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <section aria-labelledby="articles">
        <h2 id="articles">
          {t("detail.articles")} <span className="count">({formatNumber(lng, event.articles.length)})</span>
        </h2>
        {event.articles.length === 0 ? (
          <p className="empty">{t("detail.articlesEmpty")}</p>
        ) : (
          <Table headers={[t("table.title"), t("table.outlet"), t("table.language"), t("table.published"), t("table.claims")]}>
            {event.articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/${lng}/articles/${a.id}`} lang={a.lang}>
                    {a.title}
                  </Link>
                </td>
                <td>{a.outlet?.name ?? <span className="muted">{tc("unknownOutlet")}</span>}</td>
                <td>{languageName(lng, a.lang)}</td>
                <td>{a.publishedAt ? formatDate(lng, a.publishedAt) : <span className="muted">{tc("dateUnknown")}</span>}</td>
                <td className="num">{tc("count.claims", { count: a.claimCount })}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </article>
  );
}
