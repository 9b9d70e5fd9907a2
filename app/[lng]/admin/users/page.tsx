import type { Metadata } from "next";
import { Field } from "@/components/forms/field";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { Section } from "@/components/layout/section";
import { Table } from "@/components/layout/table";
import { formatDate } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { newPasswordInput } from "@/lib/auth/password";
import { roles } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/store-users";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "admin")("users.title") };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { lng, user: me } = await userPage((await params).lng, "admin");
  const [t, tc] = [getT(lng, "admin"), getT(lng, "common")];
  const users = await listUsers(db);
  const here = `/${lng}/admin/users`;
  return (
    <>
      <h1>{t("users.title")}</h1>
      <p className="lead">{t("users.intro")}</p>
      <FormStatus lng={lng} searchParams={await searchParams} />
      <p className="count">{t("users.count", { count: users.length })}</p>
      <Table
        label={t("users.title")}
        headers={[
          t("users.table.email"),
          t("users.table.name"),
          t("users.table.role"),
          t("users.table.status"),
          t("users.table.created"),
          t("users.table.password"),
        ]}
      >
        {users.map((u) => (
          <tr key={u.id} data-email={u.email}>
            <td>
              <bdi>{u.email}</bdi>
              {u.id === me.id && <span className="muted"> ({t("users.you")})</span>}
            </td>
            <td dir="auto">{u.name}</td>
            <td>
              <PostForm action={`/api/users/${u.id}`} lng={lng} returnTo={here} className="inline-form">
                <select name="role" defaultValue={u.role} aria-label={t("users.roleLabel", { email: u.email })}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {tc(`roles.${r}`)}
                    </option>
                  ))}
                </select>{" "}
                <button type="submit">{t("users.saveRole")}</button>
              </PostForm>
            </td>
            <td>
              <PostForm action={`/api/users/${u.id}`} lng={lng} returnTo={here} className="inline-form">
                {u.disabledAt ? t("users.disabled") : t("users.active")}{" "}
                <input type="hidden" name="disabled" value={u.disabledAt ? "false" : "true"} />
                <button type="submit">{u.disabledAt ? t("users.enable") : t("users.disable")}</button>
              </PostForm>
            </td>
            <td>{formatDate(lng, u.createdAt)}</td>
            <td>
              <details className="password-reset">
                <summary>{t("users.reset.summary")}</summary>
                <PostForm action={`/api/users/${u.id}/password`} lng={lng} returnTo={here} className="stack">
                  <Field
                    label={t("users.reset.password", { email: u.email })}
                    name="password"
                    {...newPasswordInput}
                    hint={t("users.reset.hint")}
                  />
                  <input type="hidden" name="revokeTokens" value="false" />
                  <label className="inline-choice">
                    <input type="checkbox" name="revokeTokens" value="true" defaultChecked />{" "}
                    {t("users.reset.revokeTokens")}
                  </label>
                  <button type="submit">{t("users.reset.submit")}</button>
                </PostForm>
              </details>
            </td>
          </tr>
        ))}
      </Table>

      <Section id="add-user" title={t("users.add.heading")}>
        <PostForm action="/api/users" lng={lng} returnTo={here} className="stack narrow" remember="new-user">
          <Field label={t("users.add.email")} name="email" type="email" required maxLength={254} autoComplete="off" />
          <Field label={t("users.add.name")} name="name" maxLength={120} autoComplete="off" />
          <div className="field">
            <label htmlFor="add-role">{t("users.add.role")}</label>
            <select id="add-role" name="role" defaultValue="viewer">
              {roles.map((r) => (
                <option key={r} value={r}>
                  {tc(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t("users.add.password")}
            name="password"
            {...newPasswordInput}
            hint={t("users.add.passwordHint")}
          />
          <button type="submit">{t("users.add.submit")}</button>
        </PostForm>
      </Section>
    </>
  );
}
