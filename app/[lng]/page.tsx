import Link from "next/link";
import { EventFields } from "@/components/events/event-fields";
import { ApiForm } from "@/components/forms/api-form";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { ExportMenu, openDataLinks } from "@/components/layout/export-menu";
import { Pager } from "@/components/layout/pager";
import { formatDate } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { eventPage } from "@/lib/events/load";
import { isNewCorpus } from "@/lib/seed/onboarding";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export default async function EventsPage({ params, searchParams }: Props) {
  const lng = await readerLng((await params).lng);
  const query = await searchParams;
  const archived = query.archived === "1";
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];
  const after = typeof query.after === "string" ? query.after : null;
  const [{ events, next }, user] = await Promise.all([eventPage(db, lng, { archived, after }), currentUser()]);
  const here = `/${lng}${archived ? "?archived=1" : ""}`;
  const pageHref = (id: string) => `/${lng}?${archived ? "archived=1&" : ""}after=${encodeURIComponent(id)}`;
  const editable = can(user, "editor");
  const firstRun = editable && !archived && (await isNewCorpus(db));
  return (
    <>
      <h1>{archived ? t("list.archivedTitle") : t("list.title")}</h1>
      <p className="lead">{t("list.intro")}</p>
      <FormStatus lng={lng} searchParams={query} />
      {firstRun && (
        <p className="callout">
          {tc("welcome.callout")} <Link href={`/${lng}/welcome`}>{tc("welcome.calloutLink")}</Link>
        </p>
      )}
      {editable && !archived && (
        <details className="manage" id="new-event" open={query.new === "1"}>
          <summary>{t("create.title")}</summary>
          <ApiForm
            remember="new-event"
            action="/api/events"
            lng={lng}
            submit={t("create.submit")}
            busy={t("create.busy")}
            goTo={`/${lng}/events/:id`}
            goToKey="event"
            className="stack"
          >
            <EventFields lng={lng} />
          </ApiForm>
        </details>
      )}
      {events.length === 0 ? (
        <p className="empty">{archived ? t("list.archivedEmpty") : t("list.empty")}</p>
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
                {e.startsOn && <>{formatDate(lng, e.startsOn)} · </>}
                {tc("count.articles", { count: e.articleCount })} · {tc("count.aspects", { count: e.aspectCount })}
              </p>
              {editable && (
                <p>
                  <Link
                    href={`/${lng}/events/${e.id}?add=#add-articles`}
                    aria-label={t("list.addArticlesTo", { title: e.title })}
                  >
                    {t("list.addArticles")}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager
        lng={lng}
        label={archived ? t("list.archivedTitle") : t("list.title")}
        first={after ? here : null}
        next={next && pageHref(next)}
      />
      <p>
        {archived ? (
          <Link href={`/${lng}`}>{t("list.showOpen")}</Link>
        ) : (
          <Link href={`/${lng}?archived=1`}>{t("list.showArchived")}</Link>
        )}
      </p>
      <ExportMenu
        menu={tc("export.menu")}
        label={tc("export.corpusLabel")}
        links={openDataLinks(tc, lng, null, can(user, "admin"))}
      />
    </>
  );
}
