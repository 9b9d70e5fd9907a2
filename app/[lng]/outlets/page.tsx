import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { Pager } from "@/components/layout/pager";
import { Table } from "@/components/layout/table";
import { languageLabel } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { listOutlets } from "@/lib/outlets/store";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "outlets")("title") };
}

export default async function OutletsPage({ params, searchParams }: Props) {
  const lng = await readerLng((await params).lng);
  const [t, tc] = [getT(lng, "outlets"), getT(lng, "common")];
  const query = await searchParams;
  const after = typeof query.after === "string" ? query.after : null;
  const [{ outlets, next, unknownCount }, user] = await Promise.all([listOutlets(db, after), currentUser()]);
  const editable = can(user, "editor");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <FormStatus lng={lng} searchParams={query} />
      {editable && (
        <details className="manage">
          <summary>{t("create.title")}</summary>
          <PostForm
            action="/api/outlets"
            lng={lng}
            returnTo={`/${lng}/outlets`}
            className="stack narrow"
            remember="new-outlet"
          >
            <Field label={t("fields.name")} name="name" required maxLength={200} />
            <Field label={t("fields.url")} name="url" type="url" maxLength={2000} />
            <Field label={t("fields.country")} name="country" maxLength={2} pattern="[A-Za-z]{2}" />
            <p>
              <button type="submit">{t("create.submit")}</button>
            </p>
          </PostForm>
        </details>
      )}
      {outlets.length === 0 && unknownCount === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <Table
          label={t("title")}
          headers={[t("table.name"), t("table.language"), t("table.articles"), editable && t("actions")]}
        >
          {outlets.map((o) => (
            <tr key={o.id}>
              <td>
                <Link href={`/${lng}/outlets/${o.id}`}>
                  <bdi>{o.name}</bdi>
                </Link>
              </td>
              <td>{o.lang ? languageLabel(lng, o.lang) : "—"}</td>
              <td className="num">{tc("count.articles", { count: o.articleCount })}</td>
              {editable && (
                <td>
                  <Link href={`/${lng}/outlets/${o.id}/edit`} aria-label={t("editLabel", { name: o.name })}>
                    {t("edit")}
                  </Link>
                </td>
              )}
            </tr>
          ))}
          {unknownCount > 0 && (
            <tr>
              <td>
                <span className="muted">{tc("unknownOutlet")}</span>
                <br />
                <small>{t("unknownNote")}</small>
              </td>
              <td>—</td>
              <td className="num">{tc("count.articles", { count: unknownCount })}</td>
              {editable && <td />}
            </tr>
          )}
        </Table>
      )}
      <Pager
        lng={lng}
        label={t("title")}
        first={after ? `/${lng}/outlets` : null}
        next={next && `/${lng}/outlets?after=${encodeURIComponent(next)}`}
      />
    </>
  );
}
