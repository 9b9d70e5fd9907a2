import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/i18n/server";
import { fallbackLng, isLng, LNG_HEADER } from "@/i18n/settings";

export default async function NotFound() {
  const requested = (await headers()).get(LNG_HEADER);
  const lng = isLng(requested) ? requested : fallbackLng;
  const t = getT(lng, "common");
  return (
    <section className="message">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={`/${lng}`}>{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
