import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { SessionList } from "@/components/account/session-list";
import { TokenList } from "@/components/account/token-list";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { formatDate } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { hasRole } from "@/lib/auth/roles";
import { listApiTokens, listSessions } from "@/lib/auth/store";
import { currentSessionToken, userPage } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

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

      <section aria-labelledby="profile">
        <h2 id="profile">{t("profile.heading")}</h2>
        <dl className="facts">
          <dt>{t("profile.name")}</dt>
          <dd>{user.name}</dd>
          <dt>{t("profile.email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("profile.role")}</dt>
          <dd>{tc(`roles.${user.role}`)}</dd>
          <dt>{t("profile.since")}</dt>
          <dd>{formatDate(lng, profile.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="password">
        <h2 id="password">{t("password.heading")}</h2>
        <PostForm action="/api/account/password" lng={lng} returnTo={here} className="stack narrow">
          <label>
            {t("password.current")}
            <input type="password" name="currentPassword" required maxLength={1024} autoComplete="current-password" />
          </label>
          <label>
            {t("password.new")}
            <input type="password" name="newPassword" required minLength={10} maxLength={256} autoComplete="new-password" aria-describedby="password-hint" />
          </label>
          <label>
            {t("password.repeat")}
            <input type="password" name="repeatPassword" required minLength={10} maxLength={256} autoComplete="new-password" />
          </label>
          <p id="password-hint" className="muted">
            {t("password.hint")}
          </p>
          <button type="submit">{t("password.submit")}</button>
        </PostForm>
      </section>

      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("sessions.heading")}</h2>
        <SessionList lng={lng} sessions={sessions} currentToken={sessionToken} />
      </section>

      <section aria-labelledby="tokens">
        <h2 id="tokens">{t("tokens.heading")}</h2>
        {mayHaveTokens ? (
          <>
            <p>{t("tokens.intro")}</p>
            <CreateTokenForm lng={lng} />
            <TokenList lng={lng} tokens={tokens} returnTo={here} />
          </>
        ) : (
          <p className="muted">{t("tokens.viewerNote")}</p>
        )}
      </section>
    </>
  );
}
