import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/i18n/server";
import { fallbackLng, isLng, LNG_HEADER } from "@/i18n/settings";

// Shown with status 403 when a signed-in user's role is too low for a page.
export default async function Forbidden() {
  const requested = (await headers()).get(LNG_HEADER);
  const lng = isLng(requested) ? requested : fallbackLng;
  const t = getT(lng, "common");
  return (
    <section className="message">
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
      <p>
        <Link href={`/${lng}`}>{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
