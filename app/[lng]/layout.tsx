import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { Messages } from "@/i18n/messages";
import { getT, lngOrNotFound } from "@/i18n/server";
import { languages, PATH_HEADER } from "@/i18n/settings";
import { currentUser } from "@/lib/server/caller";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ lng: string }> };

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(lngOrNotFound((await params).lng), "common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children, params }: Props) {
  // Every page reads the live database: render on request, never at build time.
  await connection();
  const lng = lngOrNotFound((await params).lng);
  const t = getT(lng, "common");
  const [user, path] = await Promise.all([currentUser(), headers().then((h) => h.get(PATH_HEADER))]);
  return (
    <html lang={lng}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <Messages lng={lng} namespaces={["common", "error"]}>
          <SiteHeader lng={lng} user={user} path={path} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </Messages>
      </body>
    </html>
  );
}
