import { ApiForm } from "@/components/forms/api-form";
import { EditPanel } from "@/components/forms/edit-panel";
import { LazyChoice } from "@/components/forms/lazy-choice";
import { getT } from "@/i18n/fixed";
import { languageLabel } from "@/i18n/format";
import { Messages } from "@/i18n/messages";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import { PUBLICATION_DATE_PATTERN, publishedInput } from "@/lib/domain/dates";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { OutletChoice } from "./outlet-choice";

/**
 * For editors: the article's details (title, outlet, or a new outlet made on the spot,
 * publication date as a day or a month, web address, byline, language) and the events it
 * can join. The text itself never changes.
 */
export function ArticleEditor({
  lng,
  article,
  joinable,
}: {
  lng: Lng;
  article: ArticleDetail;
  /** whether an open event is left for it to join */
  joinable: boolean;
}) {
  const t = getT(lng, "articles");
  return (
    <div className="article-tools">
      <EditPanel
        summary={t("edit.title")}
        action={`/api/articles/${article.id}`}
        method="PATCH"
        lng={lng}
        submit={t("edit.save")}
        busy={t("edit.busy")}
        done={t("edit.saved")}
        className="stack narrow"
      >
        <label>
          {t("edit.fields.title")}
          <input name="title" required maxLength={500} defaultValue={article.title} lang={article.lang} dir="auto" />
        </label>
        <Messages lng={lng} namespaces={["articles"]}>
          <OutletChoice lng={lng} initial={article.outlet && { id: article.outlet.id, name: article.outlet.name }} />
        </Messages>
        <label>
          {t("edit.fields.publishedAt")}
          <input
            name="publishedAt"
            defaultValue={publishedInput(article.publishedAt)}
            pattern={PUBLICATION_DATE_PATTERN}
            placeholder="2019-03-25"
            inputMode="numeric"
            aria-describedby="published-hint"
          />
        </label>
        <p id="published-hint" className="muted">
          {t("edit.publishedHint")}
        </p>
        <label>
          {t("edit.fields.url")}
          <input name="url" type="url" maxLength={2000} defaultValue={article.url ?? ""} />
        </label>
        <label>
          {t("edit.fields.byline")}
          <input name="byline" maxLength={300} defaultValue={article.byline ?? ""} dir="auto" />
        </label>
        <label>
          {t("edit.fields.lang")}
          <select name="lang" defaultValue={article.lang}>
            {contentLanguages.map((l) => (
              <option key={l} value={l}>
                {languageLabel(lng, l)}
              </option>
            ))}
          </select>
        </label>
      </EditPanel>
      {joinable && (
        <ApiForm
          action="/api/events/{eventId}/articles"
          lng={lng}
          submit={t("addToEvent.submit")}
          busy={t("addToEvent.busy")}
          done={t("addToEvent.done")}
          className="inline-fields"
        >
          <input type="hidden" name="articleIds[]" value={article.id} />
          <LazyChoice
            lng={lng}
            label={t("addToEvent.label")}
            name="eventId"
            url="/api/events?choices=1"
            placeholder={t("addToEvent.choose")}
            exclude={article.events.map((e) => e.id)}
          />
        </ApiForm>
      )}
    </div>
  );
}
