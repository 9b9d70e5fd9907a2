import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { SessionList } from "@/components/account/session-list";
import { TokenList } from "@/components/account/token-list";
import { Field } from "@/components/forms/field";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { Section } from "@/components/layout/section";
import { formatDate } from "@/i18n/format";
import { Messages } from "@/i18n/messages";
import { getT, lngOrNotFound } from "@/i18n/server";
import { newPasswordInput } from "@/lib/auth/password";
import { hasRole } from "@/lib/auth/roles";
import { listApiTokens, listSessions } from "@/lib/auth/store";
import { currentSessionToken } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "account")("title") };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { lng, user } = await userPage((await params).lng, "viewer");
  const [t, tc] = [getT(lng, "account"), getT(lng, "common")];
  const mayHaveTokens = hasRole(user.role, "editor");
  const [profile, sessions, tokens, sessionToken] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true } }),
    listSessions(db, user.id),
    mayHaveTokens ? listApiTokens(db, user.id) : [],
    currentSessionToken(),
  ]);
  const here = `/${lng}/account`;
  return (
    <>
      <h1>{t("title")}</h1>
      <FormStatus lng={lng} searchParams={await searchParams} />

      <Section id="profile" title={t("profile.heading")}>
        <dl className="facts">
          <dt>{t("profile.name")}</dt>
          <dd dir="auto">{user.name}</dd>
          <dt>{t("profile.email")}</dt>
          <dd dir="auto">{user.email}</dd>
          <dt>{t("profile.role")}</dt>
          <dd>{tc(`roles.${user.role}`)}</dd>
          <dt>{t("profile.since")}</dt>
          <dd>{formatDate(lng, profile.createdAt)}</dd>
        </dl>
      </Section>

      <Section id="password" title={t("password.heading")}>
        <PostForm action="/api/account/password" lng={lng} returnTo={here} className="stack narrow">
          <Field
            label={t("password.current")}
            name="currentPassword"
            type="password"
            required
            maxLength={1024}
            autoComplete="current-password"
          />
          <Field label={t("password.new")} name="newPassword" {...newPasswordInput} hint={t("password.hint")} />
          <Field label={t("password.repeat")} name="repeatPassword" {...newPasswordInput} />
          <label className="inline-choice">
            <input type="checkbox" name="revokeTokens" value="true" /> {t("password.revokeTokens")}
          </label>
          <button type="submit">{t("password.submit")}</button>
        </PostForm>
      </Section>

      <Section id="sessions" title={t("sessions.heading")}>
        <SessionList lng={lng} sessions={sessions} currentToken={sessionToken} />
      </Section>

      <Section id="tokens" title={t("tokens.heading")}>
        {mayHaveTokens ? (
          <>
            <p>{t("tokens.intro")}</p>
            <Messages lng={lng} namespaces={["account"]}>
              <CreateTokenForm lng={lng} />
            </Messages>
            <TokenList lng={lng} tokens={tokens} returnTo={here} />
          </>
        ) : (
          <p className="muted">{t("tokens.viewerNote")}</p>
        )}
      </Section>
    </>
  );
}
