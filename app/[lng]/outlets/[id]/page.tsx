import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiForm } from "@/components/forms/api-form";
import { Choice } from "@/components/forms/choice";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { Section } from "@/components/layout/section";
import { Table } from "@/components/layout/table";
import { formatDate, formatNumber, languageLabel, regionName } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { loadOutlet } from "@/lib/server/loaders";
import { cursorOf } from "@/lib/server/paging";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const outlet = await loadOutlet(id, await readerLng(lng), cursorOf((await searchParams).cursor));
  return outlet ? { title: outlet.name } : {};
}

export default async function OutletPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const query = await searchParams;
  const [outlet, user] = await Promise.all([loadOutlet(id, lng, cursorOf(query.cursor)), currentUser()]);
  if (!outlet) notFound();
  const [t, tc] = [getT(lng, "outlets"), getT(lng, "common")];
  const editable = can(user, "editor");
  const others = editable
    ? await db.outlet.findMany({
        where: { id: { not: outlet.id } },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : [];

  return (
    <article>
      <h1 dir="auto">{outlet.name}</h1>
      <FormStatus lng={lng} searchParams={query} />
      <dl className="facts">
        <div>
          <dt>{t("fields.country")}</dt>
          <dd>{outlet.country ? regionName(lng, outlet.country) : <span className="muted">{t("noLang")}</span>}</dd>
        </div>
        <div>
          <dt>{t("fields.lang")}</dt>
          <dd>{outlet.lang ? languageLabel(lng, outlet.lang) : <span className="muted">{t("noLang")}</span>}</dd>
        </div>
        {outlet.url && (
          <div>
            <dt>{t("fields.url")}</dt>
            <dd>
              <a href={outlet.url} rel="noopener noreferrer nofollow">
                {outlet.url}
              </a>
            </dd>
          </div>
        )}
        {outlet.ownership && (
          <div>
            <dt>{t("fields.ownership")}</dt>
            <dd dir="auto">{outlet.ownership}</dd>
          </div>
        )}
        {outlet.aliases.length > 0 && (
          <div>
            <dt>{t("aliases")}</dt>
            <dd>
              {outlet.aliases.map((a, i) => (
                <span key={a}>
                  {i > 0 && ", "}
                  <bdi>{a}</bdi>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {outlet.notes && (
        <p className="lead" dir="auto">
          {outlet.notes}
        </p>
      )}
      {editable && (
        <p>
          <Link href={`/${lng}/outlets/${outlet.id}/edit`}>{t("edit")}</Link>
        </p>
      )}

      <Section id="standing" title={t("profile.figuresTitle")}>
        <p>
          {outlet.figures.total === 0
            ? t("profile.noFigures")
            : t("profile.figures", {
                count: outlet.figures.total,
                apart: formatNumber(lng, outlet.figures.apart),
                share: formatNumber(lng, outlet.figures.apart / outlet.figures.total, { style: "percent" }),
              })}
        </p>
      </Section>

      <Section id="events" title={t("profile.events")}>
        {outlet.events.length === 0 ? (
          <p className="empty">{t("profile.noEvents")}</p>
        ) : (
          <ul>
            {outlet.events.map((e) => (
              <li key={e.id}>
                <Link href={`/${lng}/events/${e.id}`} lang={e.titleLang ?? undefined}>
                  <bdi>{e.title}</bdi>
                </Link>{" "}
                <span className="muted">({tc("count.articles", { count: e.articleCount })})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="articles"
        title={
          <>
            {t("profile.articles")} <span className="count">({formatNumber(lng, outlet.articleCount)})</span>
          </>
        }
      >
        {outlet.articles.length === 0 ? (
          <p className="empty">{t("profile.noArticles")}</p>
        ) : (
          <Table
            label={t("profile.articles")}
            headers={[t("profile.title"), t("table.language"), t("profile.published")]}
          >
            {outlet.articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/${lng}/articles/${a.id}`} lang={a.lang}>
                    <bdi>{a.title}</bdi>
                  </Link>
                </td>
                <td>{languageLabel(lng, a.lang)}</td>
                <td>
                  {a.publishedAt ? formatDate(lng, a.publishedAt) : <span className="muted">{tc("dateUnknown")}</span>}
                </td>
              </tr>
            ))}
          </Table>
        )}
        {(outlet.nextCursor || query.cursor) && (
          <nav className="pager" aria-label={t("profile.pages")}>
            {query.cursor && <Link href={`/${lng}/outlets/${outlet.id}`}>{t("profile.first")}</Link>}
            {outlet.nextCursor && (
              <Link href={`/${lng}/outlets/${outlet.id}?cursor=${outlet.nextCursor}`}>{t("profile.next")}</Link>
            )}
          </nav>
        )}
      </Section>

      {editable && others.length > 0 && (
        <details className="manage">
          <summary>{t("merge.title")}</summary>
          <p>{t("merge.intro", { name: outlet.name })}</p>
          <ApiForm
            action={`/api/outlets/${outlet.id}/merge`}
            lng={lng}
            submit={t("merge.submit")}
            busy={t("merge.busy")}
            confirm={t("merge.confirm", { name: outlet.name })}
            goTo={`/${lng}/outlets/{into}`}
            className="inline-fields"
          >
            <Choice label={t("merge.into")} name="into" options={others} placeholder={t("merge.choose")} />
          </ApiForm>
        </details>
      )}
    </article>
  );
}
