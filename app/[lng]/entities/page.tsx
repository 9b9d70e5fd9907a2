import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "@/components/forms/form-status";
import { SearchForm } from "@/components/forms/search-form";
import { Table } from "@/components/layout/table";
import { getT, lngOrNotFound } from "@/i18n/server";
import { listEntities } from "@/lib/entities/store";
import { db } from "@/lib/server/db";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

const text = (value: SearchParams[string], max: number) =>
  typeof value === "string" && value.length <= max ? value : undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "entities")("title") };
}

export default async function EntitiesPage({ params, searchParams }: Props) {
  const lng = await readerLng((await params).lng);
  const query = await searchParams;
  const q = text(query.q, 100) ?? "";
  const cursor = text(query.cursor, 64);
  const [t, tc] = [getT(lng, "entities"), getT(lng, "common")];
  const { entities, nextCursor } = await listEntities(db, lng, { query: q, cursor });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <SearchForm name="q" label={t("search")} button={t("find")} value={q} />
      {q && (
        <p>
          <Link href={`/${lng}/entities`}>{t("clear")}</Link>
        </p>
      )}
      {entities.length === 0 ? (
        <p className="empty">{q ? t("noMatch", { q }) : t("empty")}</p>
      ) : (
        <Table label={t("title")} headers={[t("table.name"), t("table.kind"), t("table.aliases"), t("table.claims")]}>
          {entities.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={`/${lng}/entities/${e.id}`} lang={e.nameLang ?? undefined}>
                  <bdi>{e.name}</bdi>
                </Link>
                {e.matched && e.matched !== e.name && (
                  <>
                    {" "}
                    <span className="muted">
                      ({t("matched")} <bdi>{e.matched}</bdi>)
                    </span>
                  </>
                )}
              </td>
              <td>{t(`kinds.${e.kind}`)}</td>
              <td>
                {e.aliases.map((a, i) => (
                  <span key={`${a}-${i}`}>
                    {i > 0 && ", "}
                    <bdi>{a}</bdi>
                  </span>
                ))}
              </td>
              <td className="num">{tc("count.claims", { count: e.claimCount })}</td>
            </tr>
          ))}
        </Table>
      )}
      {(nextCursor || cursor) && (
        <nav className="pager" aria-label={t("pages")}>
          {cursor && <Link href={`/${lng}/entities`}>{t("first")}</Link>}
          {nextCursor && <Link href={`/${lng}/entities?cursor=${nextCursor}`}>{t("next")}</Link>}
        </nav>
      )}
    </>
  );
}
