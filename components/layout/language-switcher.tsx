"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { swapLng } from "@/i18n/paths";
import { languageNames, languages, type Lng } from "@/i18n/settings";

/** Links to the same page, with the same query, in each interface language. */
export function LanguageSwitcher({ lng, label }: { lng: Lng; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const hrefs = Object.fromEntries(
    languages.map((l) => [l, swapLng(pathname, l) + (search ? `?${search}` : "")]),
  ) as Record<Lng, string>;
  return <LanguageLinks lng={lng} label={label} hrefs={hrefs} />;
}

export function LanguageLinks({ lng, label, hrefs }: { lng: Lng; label: string; hrefs: Record<Lng, string> }) {
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {languages.map((l) => (
          <li key={l}>
            {/* A plain link: each language is its own root layout, so switching reloads the page. */}
            <a href={hrefs[l]} hrefLang={l} lang={l} aria-current={l === lng ? "true" : undefined}>
              {languageNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
