import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/comparison/comparison-view";
import { AspectManager } from "@/components/events/aspect-manager";
import { Coverage } from "@/components/events/coverage";
import { EventArticles } from "@/components/events/event-articles";
import { EventFields } from "@/components/events/event-fields";
import { Proposals } from "@/components/events/proposals";
import { EditPanel } from "@/components/forms/edit-panel";
import type { SearchParams } from "@/components/forms/form-status";
import { openDataLinks } from "@/components/layout/export-menu";
import { Section } from "@/components/layout/section";
import { formatDate } from "@/i18n/format";
import { Messages } from "@/i18n/messages";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { filtersToQuery, parseFilters } from "@/lib/comparison/filters";
import { getComparison } from "@/lib/comparison/load";
import { eventHeading, getEvent } from "@/lib/events/load";
import { articlesOutside } from "@/lib/events/load-picker";
import { proposedRelations } from "@/lib/relations/store";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { loadEvent } from "@/lib/server/loaders";
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
  const query = await searchParams;
  const add = typeof query.add === "string" ? query.add : null;
  const after = typeof query.articles === "string" ? query.articles : null;
  const proposalsPage = Math.max(1, Math.floor(Number(query.proposals)) || 1);
  const user = await currentUser();
  const editable = can(user, "editor");
  const [event, comparison, candidates, proposals] = await Promise.all([
    getEvent(db, rows.id, lng, after),
    getComparison(db, rows.id, lng, parseFilters(query)),
    editable && add !== null ? articlesOutside(db, rows.id, add) : null,
    editable ? proposedRelations(db, rows.id, lng, proposalsPage) : null,
  ]);
  if (!event || !comparison) notFound();
  const t = getT(lng, "events");
  const span = [event.startsOn, event.endsOn].filter((d): d is string => d !== null);

  return (
    <article>
      <h1 lang={event.titleLang ?? undefined} dir="auto">
        {event.title}
      </h1>
      {(span.length > 0 || event.archived) && (
        <p className="meta">
          {event.archived && <span className="badge">{t("archived")}</span>}{" "}
          {span.length === 2
            ? t("span", { from: formatDate(lng, span[0]!), to: formatDate(lng, span[1]!) })
            : event.startsOn
              ? t("since", { date: formatDate(lng, event.startsOn) })
              : event.endsOn && t("until", { date: formatDate(lng, event.endsOn) })}
        </p>
      )}
      {event.summary && (
        <p className="lead" lang={event.summaryLang ?? undefined} dir="auto">
          {event.summary}
        </p>
      )}
      {editable && (
        <EditPanel
          summary={t("edit.title")}
          action={`/api/events/${event.id}`}
          method="PATCH"
          lng={lng}
          submit={t("edit.save")}
          busy={t("edit.busy")}
          done={t("edit.saved")}
          className="stack"
        >
          <EventFields lng={lng} translations={event.translations} startsOn={event.startsOn} endsOn={event.endsOn} />
          <label className="check">
            <input type="checkbox" name="archived" value="true" defaultChecked={event.archived} /> {t("edit.archived")}
          </label>
        </EditPanel>
      )}

      <Section id="comparison" title={t("detail.comparison")}>
        <Messages lng={lng} namespaces={["comparison"]}>
          <ComparisonView
            lng={lng}
            eventId={event.id}
            data={comparison}
            exports={openDataLinks(getT(lng, "common"), lng, event.id, can(user, "admin"))}
            editable={editable}
          />
        </Messages>
        {editable && <AspectManager lng={lng} event={event} />}
      </Section>
      {proposals && (
        <Proposals
          lng={lng}
          proposals={proposals}
          pageHref={(n) => {
            const params = new URLSearchParams(filtersToQuery(comparison.filters));
            if (n > 1) params.set("proposals", String(n));
            return `/${lng}/events/${event.id}${params.size ? `?${params}` : ""}#proposals`;
          }}
        />
      )}

      <EventArticles
        lng={lng}
        event={event}
        editable={editable}
        candidates={candidates}
        query={add ?? ""}
        after={after}
      />
      <Coverage lng={lng} event={event} />
    </article>
  );
}
