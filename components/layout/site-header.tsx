import Link from "next/link";
import { Suspense } from "react";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import { LanguageSwitcher, LanguageLinks } from "./language-switcher";

export function SiteHeader({ lng }: { lng: Lng }) {
  const t = getT(lng, "common");
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
        </ul>
      </nav>
      <Suspense fallback={<LanguageLinks lng={lng} label={t("switcher.label")} hrefs={{ en: "/en", uk: "/uk", ru: "/ru" }} />}>
        <LanguageSwitcher lng={lng} label={t("switcher.label")} />
      </Suspense>
    </header>
  );
}
