import Link from "next/link";
import { Suspense } from "react";
import { PostForm } from "@/components/forms/post-form";
import { getT } from "@/i18n/fixed";
import { signInPath } from "@/i18n/paths";
import type { Lng } from "@/i18n/settings";
import { can } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/store";
import { LanguageSwitcher, LanguageLinks } from "./language-switcher";
import { SearchShortcut } from "./search-shortcut";

/** The header of every page; the layout hands it the signed-in user and the page's own path. */
export function SiteHeader({ lng, user, path }: { lng: Lng; user: AuthUser | null; path: string | null }) {
  const t = getT(lng, "common");
  const onSignIn = path?.startsWith(`/${lng}/sign-in`);
  return (
    <header className="site-header">
      <Link className="brand" href={`/${lng}`}>
        {t("appName")}
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          <li>
            <Link href={`/${lng}`}>{t("nav.events")}</Link>
          </li>
          <li>
            <Link href={`/${lng}/outlets`}>{t("nav.outlets")}</Link>
          </li>
          <li>
            <Link href={`/${lng}/entities`}>{t("nav.entities")}</Link>
          </li>
          {can(user, "editor") && (
            <li>
              <Link href={`/${lng}/import`}>{t("nav.import")}</Link>
            </li>
          )}
          {can(user, "admin") && (
            <>
              <li>
                <Link href={`/${lng}/admin/users`}>{t("user.users")}</Link>
              </li>
              <li>
                <Link href={`/${lng}/admin/audit`}>{t("user.audit")}</Link>
              </li>
              <li>
                <Link href={`/${lng}/admin/data`}>{t("user.data")}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      <form
        method="get"
        action={`/${lng}/search`}
        role="search"
        aria-label={t("search.landmark")}
        className="header-search"
      >
        <label htmlFor="header-search" className="visually-hidden">
          {t("search.label")}
        </label>
        <input
          id="header-search"
          type="search"
          name="q"
          maxLength={300}
          placeholder={t("search.placeholder")}
          aria-keyshortcuts="/"
        />
        <SearchShortcut />
        <button type="submit">{t("search.submit")}</button>
      </form>
      <div className="user-menu" aria-label={t("user.menuLabel")} role="group">
        {user ? (
          <>
            <Link href={`/${lng}/account`} title={t("user.account")}>
              <bdi>{user.name}</bdi> <span className="badge badge--muted">{t(`roles.${user.role}`)}</span>
            </Link>
            <PostForm action="/api/auth/sign-out" lng={lng} returnTo={`/${lng}`} className="inline-form">
              <button type="submit">{t("user.signOut")}</button>
            </PostForm>
          </>
        ) : (
          !onSignIn && <Link href={signInPath(lng, path)}>{t("user.signIn")}</Link>
        )}
      </div>
      <Suspense
        fallback={<LanguageLinks lng={lng} label={t("switcher.label")} hrefs={{ en: "/en", uk: "/uk", ru: "/ru" }} />}
      >
        <LanguageSwitcher lng={lng} label={t("switcher.label")} />
      </Suspense>
    </header>
  );
}
