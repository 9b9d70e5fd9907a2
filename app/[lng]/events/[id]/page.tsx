import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/compare/comparison-view";
import type { SearchParams } from "@/components/forms/form-status";
import { Section } from "@/components/layout/section";
import { Table } from "@/components/layout/table";
import { formatDate, formatNumber, languageName } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { parseFilters } from "@/lib/comparison/filters";
import { compareEvent } from "@/lib/server/comparison";
import { db } from "@/lib/server/db";
import { eventDetail, eventHeading } from "@/lib/server/events";
import { loadEvent } from "@/lib/server/pages";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const [lang, event] = await Promise.all([readerLng(lng), loadEvent(id)]);
  return event ? { title: eventHeading(event, lang).title } : {};
}

export default async function EventPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const rows = await loadEvent(id);
  if (!rows) notFound();
  const [event, comparison] = await Promise.all([
    eventDetail(db, rows, lng),
    compareEvent(db, rows, lng, parseFilters(await searchParams)),
  ]);
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];

  return (
    <article>
      <h1 lang={event.titleLang ?? undefined} dir="auto">
        {event.title}
      </h1>
      {event.summary && (
        <p className="lead" lang={event.summaryLang ?? undefined} dir="auto">
          {event.summary}
        </p>
      )}

      <Section id="comparison" title={t("detail.comparison")}>
        <ComparisonView lng={lng} eventId={event.id} data={comparison} />
      </Section>

      <section aria-labelledby="articles">
        <h2 id="articles">
          {t("detail.articles")} <span className="count">({formatNumber(lng, event.articles.length)})</span>
        </h2>
        {event.articles.length === 0 ? (
          <p className="empty">{t("detail.articlesEmpty")}</p>
        ) : (
          <Table
            headers={[
              t("table.title"),
              t("table.outlet"),
              t("table.language"),
              t("table.published"),
              t("table.claims"),
            ]}
          >
            {event.articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/${lng}/articles/${a.id}`} lang={a.lang}>
                    <bdi>{a.title}</bdi>
                  </Link>
                </td>
                <td dir="auto">{a.outlet?.name ?? <span className="muted">{tc("unknownOutlet")}</span>}</td>
                <td>{languageName(lng, a.lang)}</td>
                <td>
                  {a.publishedAt ? formatDate(lng, a.publishedAt) : <span className="muted">{tc("dateUnknown")}</span>}
                </td>
                <td className="num">{tc("count.claims", { count: a.claimCount })}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </article>
  );
}
