import Link from "next/link";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { getT } from "@/i18n/server";
import { db } from "@/lib/server/db";
import { listEvents } from "@/lib/server/events";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export default async function EventsPage({ params, searchParams }: Props) {
  const lng = await readerLng((await params).lng);
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];
  const events = await listEvents(db, lng);
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.intro")}</p>
      <FormStatus lng={lng} searchParams={await searchParams} />
      {events.length === 0 ? (
        <p className="empty">{t("list.empty")}</p>
      ) : (
        <ul className="cards">
          {events.map((e) => (
            <li key={e.id} className="card">
              <h2>
                <Link href={`/${lng}/events/${e.id}`} lang={e.titleLang ?? undefined}>
                  <bdi>{e.title}</bdi>
                </Link>
              </h2>
              {e.summary && (
                <p lang={e.summaryLang ?? undefined} dir="auto">
                  {e.summary}
                </p>
              )}
              <p className="meta">
                {tc("count.articles", { count: e.articleCount })} · {tc("count.aspects", { count: e.aspectCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
