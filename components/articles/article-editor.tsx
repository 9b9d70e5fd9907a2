import { ApiForm } from "@/components/forms/api-form";
import { Choice } from "@/components/forms/choice";
import { EditPanel } from "@/components/forms/edit-panel";
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
  outlets,
  events,
}: {
  lng: Lng;
  article: ArticleDetail;
  outlets: { id: string; name: string }[];
  /** open events the article is not in yet */
  events: { id: string; title: string }[];
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
          <OutletChoice lng={lng} outlets={outlets} initial={article.outlet?.id ?? ""} />
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
      {events.length > 0 && (
        <ApiForm
          action="/api/events/{eventId}/articles"
          lng={lng}
          submit={t("addToEvent.submit")}
          busy={t("addToEvent.busy")}
          done={t("addToEvent.done")}
          className="inline-fields"
        >
          <input type="hidden" name="articleIds[]" value={article.id} />
          <Choice
            label={t("addToEvent.label")}
            name="eventId"
            options={events.map((e) => ({ id: e.id, name: e.title }))}
            placeholder={t("addToEvent.choose")}
          />
        </ApiForm>
      )}
    </div>
  );
}
