import Link from "next/link";
import { candidatesHref } from "@/components/articles/candidates-link";
import { ApiForm } from "@/components/forms/api-form";
import { SearchForm } from "@/components/forms/search-form";
import { Pager } from "@/components/layout/pager";
import { Table } from "@/components/layout/table";
import { getT } from "@/i18n/fixed";
import { formatDate, formatNumber, languageLabel, languageName } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { EventDetail } from "@/lib/events/load";
import type { articlesOutside } from "@/lib/events/load-picker";

/**
 * The event's articles with outlet, language and date; for editors, a button to take
 * one out, and a search of the other articles of the corpus to add some.
 */
export function EventArticles({
  lng,
  event,
  editable,
  candidates,
  query,
  after,
}: {
  lng: Lng;
  event: EventDetail;
  editable: boolean;
  /** articles the search found that are not in the event yet; null when not searched */
  candidates: Awaited<ReturnType<typeof articlesOutside>> | null;
  query: string;
  /** the cursor the page of articles starts after */
  after: string | null;
}) {
  const here = `/${lng}/events/${event.id}`;
  const [t, tc] = [getT(lng, "events"), getT(lng, "common")];
  const { waiting } = event.articles;
  return (
    <section aria-labelledby="articles">
      <h2 id="articles">
        {t("detail.articles")} <span className="count">({formatNumber(lng, event.articles.total)})</span>
      </h2>
      {waiting.candidates > 0 && waiting.first && (
        <p className="waiting-candidates">
          {t("detail.waitingCandidates", { count: waiting.candidates })}{" "}
          {t("detail.waitingArticles", { count: waiting.articles })}{" "}
          <Link href={candidatesHref(lng, waiting.first)}>{t("detail.waitingOpen")}</Link>
        </p>
      )}
      {event.articles.total === 0 ? (
        <p className="empty">{t("detail.articlesEmpty")}</p>
      ) : (
        <Table
          label={t("detail.articles")}
          headers={[
            t("table.title"),
            t("table.outlet"),
            t("table.language"),
            t("table.published"),
            t("table.claims"),
            editable && t("table.actions"),
          ]}
        >
          {event.articles.items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/${lng}/articles/${a.id}`} lang={a.lang}>
                  <bdi>{a.title}</bdi>
                </Link>
              </td>
              <td dir="auto">
                {a.outlet ? (
                  <Link href={`/${lng}/outlets/${a.outlet.id}`}>
                    <bdi>{a.outlet.name}</bdi>
                  </Link>
                ) : (
                  <span className="muted">{tc("unknownOutlet")}</span>
                )}
              </td>
              <td>{languageLabel(lng, a.lang)}</td>
              <td>
                {a.publishedAt ? formatDate(lng, a.publishedAt) : <span className="muted">{tc("dateUnknown")}</span>}
              </td>
              <td className="num">
                {tc("count.claims", { count: a.claimCount })}
                {a.waiting > 0 && (
                  <div>
                    <Link href={candidatesHref(lng, a.id)}>{t("table.waiting", { count: a.waiting })}</Link>
                  </div>
                )}
              </td>
              {editable && (
                <td>
                  <ApiForm
                    action={`/api/events/${event.id}/articles/${a.id}`}
                    method="DELETE"
                    lng={lng}
                    submit={t("remove.submit")}
                    busy={t("remove.busy")}
                    confirm={
                      a.claimCount
                        ? t("remove.confirmClaims", { title: a.title, count: a.claimCount })
                        : t("remove.confirm", { title: a.title })
                    }
                  />
                </td>
              )}
            </tr>
          ))}
        </Table>
      )}
      <Pager
        lng={lng}
        label={t("detail.articles")}
        first={after ? `${here}#articles` : null}
        next={event.articles.next && `${here}?articles=${event.articles.next}#articles`}
      />
      {editable && (
        <details className="manage" open={candidates !== null}>
          <summary>{t("add.title")}</summary>
          <SearchForm name="add" label={t("add.search")} button={t("add.find")} value={query} target="add-articles" />
          {/* one form whether or not anything is left to add, so that "Added." stays after the last one */}
          {candidates !== null && (
            <ApiForm
              action={`/api/events/${event.id}/articles`}
              lng={lng}
              submit={t("add.submit")}
              busy={t("add.busy")}
              done={t("add.done")}
              disabled={candidates.length === 0}
            >
              {candidates.length === 0 ? (
                <p className="empty">{t("add.none")}</p>
              ) : (
                <fieldset id="add-articles">
                  <legend>{t("add.choose")}</legend>
                  <ul className="pick-list">
                    {candidates.map((a) => (
                      <li key={a.id}>
                        <label>
                          <input type="checkbox" name="articleIds[]" value={a.id} />
                          <span>
                            <bdi lang={a.lang}>{a.title}</bdi>{" "}
                            <span className="muted">
                              · {a.outlet ? <bdi>{a.outlet}</bdi> : tc("unknownOutlet")} · {languageName(lng, a.lang)}
                              {a.publishedAt && <> · {formatDate(lng, a.publishedAt)}</>}
                            </span>
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              )}
            </ApiForm>
          )}
        </details>
      )}
    </section>
  );
}
