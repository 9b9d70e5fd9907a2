import { headers } from "next/headers";
import Link from "next/link";
import { getT } from "@/i18n/fixed";
import { fallbackLng, isLng, LNG_HEADER } from "@/i18n/settings";

/**
 * The body of the not-found and forbidden screens. Next gives those screens no
 * params, so the language comes from the header proxy.ts sets for the path.
 */
export async function StatusPage({ kind }: { kind: "notFound" | "forbidden" }) {
  const requested = (await headers()).get(LNG_HEADER);
  const lng = isLng(requested) ? requested : fallbackLng;
  const t = getT(lng, "common");
  return (
    <section className="message">
      <h1>{t(`${kind}.title`)}</h1>
      <p>{t(`${kind}.body`)}</p>
      <p>
        <Link href={`/${lng}`}>{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
