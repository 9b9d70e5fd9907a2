import type { Metadata } from "next";
import Link from "next/link";
import { ApiForm } from "@/components/forms/api-form";
import type { SearchParams } from "@/components/forms/form-status";
import { LazyChoice } from "@/components/forms/lazy-choice";
import { SearchFacets } from "@/components/search/facets";
import { SearchResultList } from "@/components/search/results";
import { getT, lngOrNotFound } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { searchHref } from "@/lib/search/href";
import { readFilters, search } from "@/lib/search/load";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "search")("title") };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const lng = await readerLng((await params).lng);
  const query = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  const { filters, ignored } = readFilters(query);
  const user = await currentUser();
  const editable = can(user, "editor");
  // the events an editor may add results to are read by the picker when needed; here only whether there are any
  const [found, openEvents] = await Promise.all([
    search(db, filters, lng),
    editable ? db.event.count({ where: { archivedAt: null } }) : 0,
  ]);
  const t = getT(lng, "search");
  const { cursor, ...kept } = filters;

  return (
    <>
      <h1>{t("title")}</h1>
      <form
        method="get"
        action={`/${lng}/search`}
        role="search"
        aria-label={t("title")}
        className="inline-fields search-form"
      >
        <label>
          {t("label")}
          <input type="search" name="q" defaultValue={filters.q} maxLength={300} autoFocus={!filters.q} />
        </label>
        {Object.entries(kept).map(([key, value]) =>
          key === "q" || value === undefined ? null : <input key={key} type="hidden" name={key} value={value} />,
        )}
        <button type="submit">{t("submit")}</button>
      </form>
      <p className="muted">{t("hint")}</p>
      {ignored.length > 0 && (
        <p className="form-status form-status--error" role="alert">
          {t("ignored", { filters: ignored.map((f) => t(`facets.${f as "type"}`, { defaultValue: f })).join(", ") })}
        </p>
      )}
      {found.reason === "empty" ? (
        <p className="empty">{t("empty")}</p>
      ) : found.reason === "nothingToSearch" ? (
        <p className="empty">{t("nothingToSearch")}</p>
      ) : (
        <div className="search-layout">
          <div>
            <p role="status">{found.total === 0 ? t("none", { q: filters.q }) : t("total", { count: found.total })}</p>
            {found.results.length > 0 &&
              (editable && openEvents > 0 ? (
                <ApiForm
                  action="/api/events/{eventId}/articles"
                  lng={lng}
                  submit={t("add.submit")}
                  busy={t("add.busy")}
                  done={t("add.done")}
                >
                  <input type="hidden" name="skipPresent" value="true" data-boolean />
                  <SearchResultList lng={lng} results={found.results} selectable />
                  <div className="inline-fields">
                    <LazyChoice
                      lng={lng}
                      label={t("add.event")}
                      name="eventId"
                      url="/api/events?choices=1"
                      placeholder={t("add.choose")}
                    />
                  </div>
                </ApiForm>
              ) : (
                <SearchResultList lng={lng} results={found.results} selectable={false} />
              ))}
            {(found.nextCursor !== null || cursor) && (
              <nav className="pager" aria-label={t("pages")}>
                {cursor ? <Link href={searchHref(lng, kept)}>{t("first")}</Link> : null}
                {found.nextCursor !== null && (
                  <Link href={searchHref(lng, kept, { cursor: found.nextCursor })}>{t("next")}</Link>
                )}
              </nav>
            )}
          </div>
          {found.facets && <SearchFacets lng={lng} filters={filters} facets={found.facets} />}
        </div>
      )}
    </>
  );
}
