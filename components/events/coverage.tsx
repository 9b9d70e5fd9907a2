import Link from "next/link";
import { getT } from "@/i18n/fixed";
import type { Lng } from "@/i18n/settings";
import type { EventDetail } from "@/lib/events/load";

/**
 * Who covers the event and who does not: the outlets of the corpus with no article in
 * it, and per aspect the sources of the event that say nothing on it. So a researcher
 * sees whom to look for.
 */
export function Coverage({ lng, event }: { lng: Lng; event: EventDetail }) {
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];
  const { outlets } = event;
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">{t("coverage.title")}</h2>
      <p>
        {t("coverage.present", { count: outlets.present })}{" "}
        {outlets.absentCount === 0 ? t("coverage.allPresent") : t("coverage.absent", { count: outlets.absentCount })}
      </p>
      {outlets.absent.length > 0 && (
        <ul className="inline-list">
          {outlets.absent.map((o) => (
            <li key={o.id}>
              <Link href={`/${lng}/outlets/${o.id}`}>
                <bdi>{o.name}</bdi>
              </Link>{" "}
              <span className="muted">({tc("count.articles", { count: o.articleCount })})</span>
            </li>
          ))}
          {outlets.absentCount > outlets.absent.length && (
            <li className="muted">{t("coverage.more", { count: outlets.absentCount - outlets.absent.length })}</li>
          )}
        </ul>
      )}
      {event.aspects.length > 0 && event.articles.total > 0 && (
        <>
          <h3>{t("coverage.silentTitle")}</h3>
          <dl className="silence">
            {event.aspects.map((a) => (
              <div key={a.id}>
                <dt lang={a.questionLang ?? undefined} dir="auto">
                  {a.question}
                </dt>
                <dd>
                  {a.silentCount === 0 ? (
                    <span className="muted">{t("coverage.noneSilent")}</span>
                  ) : (
                    <>
                      <span className="visually-hidden">{t("coverage.silentCount", { count: a.silentCount })}: </span>
                      {a.silent.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && ", "}
                          <bdi>{s.name}</bdi>
                        </span>
                      ))}
                      {a.silentCount > a.silent.length && (
                        <span className="muted"> {t("coverage.more", { count: a.silentCount - a.silent.length })}</span>
                      )}
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t("coverage.silentNote")}</p>
        </>
      )}
    </section>
  );
}
