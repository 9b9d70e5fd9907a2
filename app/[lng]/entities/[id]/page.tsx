import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityEditor } from "@/components/entities/entity-editor";
import type { SearchParams } from "@/components/forms/form-status";
import { Section } from "@/components/layout/section";
import { Table } from "@/components/layout/table";
import { languageName } from "@/i18n/format";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { searchEntities } from "@/lib/entities/store";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { loadEntity } from "@/lib/server/loaders";
import { cursorOf } from "@/lib/server/paging";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  const entity = await loadEntity(id, await readerLng(lng), cursorOf((await searchParams).cursor));
  return entity ? { title: entity.name } : {};
}

export default async function EntityPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const lng = await readerLng(raw);
  const { cursor, merge } = await searchParams;
  const mergeQuery = typeof merge === "string" ? merge.slice(0, 100) : null;
  const [entity, user] = await Promise.all([loadEntity(id, lng, cursorOf(cursor)), currentUser()]);
  if (!entity) notFound();
  const editable = can(user, "editor");
  const mergeCandidates =
    editable && mergeQuery !== null
      ? (await searchEntities(db, mergeQuery, lng)).filter((e) => e.id !== entity.id)
      : null;
  const [t, ta] = [getT(lng, "entities"), getT(lng, "articles")];
  return (
    <article>
      <h1 dir="auto">{entity.name}</h1>
      <p className="meta">{t(`kinds.${entity.kind}`)}</p>
      <Section id="names" title={t("names")}>
        <ul>
          {entity.names.map((n) => (
            <li key={`${n.lang}-${n.name}`}>
              <bdi lang={n.lang === "und" ? undefined : n.lang}>{n.name}</bdi>{" "}
              <span className="muted">
                ({n.lang === "und" ? t("anyLanguage") : languageName(lng, n.lang)}
                {n.primary && <>, {t("primary")}</>})
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="claims" title={t("claims")}>
        {entity.claims.length === 0 ? (
          <p className="empty">{t("noClaims")}</p>
        ) : (
          <Table label={t("claims")} headers={[t("table.quote"), t("table.article"), t("table.event")]}>
            {entity.claims.map((c) => (
              <tr key={c.id}>
                <td>
                  <q lang={c.article.lang} dir="auto">
                    {c.quote}
                  </q>{" "}
                  <span className="muted">
                    ({ta(`kind.${c.kind}`)}, {ta(`stance.${c.stance}`)})
                  </span>
                </td>
                <td>
                  <Link href={`/${lng}/articles/${c.article.id}`} lang={c.article.lang}>
                    <bdi>{c.article.title}</bdi>
                  </Link>
                  {c.article.outlet && (
                    <>
                      {" · "}
                      <bdi>{c.article.outlet.name}</bdi>
                    </>
                  )}
                </td>
                <td>
                  {c.event && (
                    <Link href={`/${lng}/events/${c.event.id}`}>
                      <bdi>{c.event.title}</bdi>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
        {(entity.nextCursor || cursor) && (
          <nav className="pager" aria-label={t("pages")}>
            {cursor && <Link href={`/${lng}/entities/${entity.id}`}>{t("first")}</Link>}
            {entity.nextCursor && (
              <Link href={`/${lng}/entities/${entity.id}?cursor=${entity.nextCursor}`}>{t("next")}</Link>
            )}
          </nav>
        )}
      </Section>
      {editable && (
        <EntityEditor lng={lng} entity={entity} mergeQuery={mergeQuery ?? ""} mergeCandidates={mergeCandidates} />
      )}
    </article>
  );
}
