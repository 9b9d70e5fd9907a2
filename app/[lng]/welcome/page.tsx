import type { Metadata } from "next";
import Link from "next/link";
import { getT, lngOrNotFound } from "@/i18n/server";
import { can } from "@/lib/auth/roles";
import { currentUser } from "@/lib/server/caller";
import { db } from "@/lib/server/db";
import { readerLng } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "common")("welcome.title") };
}

/** The first-run page: what Parallax does, and the three first steps of an investigation. */
export default async function WelcomePage({ params }: Props) {
  const lng = await readerLng((await params).lng);
  const t = getT(lng, "common");
  const [user, demo] = await Promise.all([
    currentUser(),
    db.event.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }),
  ]);
  const steps = [
    { key: "import", href: `/${lng}/import` },
    { key: "event", href: `/${lng}?new=1#new-event` },
    { key: "mark", href: demo ? `/${lng}/events/${demo.id}#articles` : `/${lng}` },
  ] as const;
  return (
    <section className="welcome">
      <h1>{t("welcome.title")}</h1>
      <p className="lead">{t("welcome.lead")}</p>
      <p>{t("welcome.what")}</p>
      <ol className="steps">
        {steps.map(({ key, href }) => (
          <li key={key}>
            <h2>{t(`welcome.steps.${key}.title`)}</h2>
            <p>{t(`welcome.steps.${key}.body`)}</p>
            <p>
              <Link href={href}>{t(`welcome.steps.${key}.action`)}</Link>
            </p>
          </li>
        ))}
      </ol>
      {!can(user, "editor") && <p className="muted">{t("welcome.editorsOnly")}</p>}
      {demo && (
        <p>
          {t("welcome.demo")} <Link href={`/${lng}/events/${demo.id}`}>{t("welcome.demoLink")}</Link>
        </p>
      )}
    </section>
  );
}
