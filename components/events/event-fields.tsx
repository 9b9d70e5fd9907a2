import { getT } from "@/i18n/fixed";
import { languageName } from "@/i18n/format";
import { languages, type Lng } from "@/i18n/settings";

type Translation = { lang: string; title: string; summary: string | null };

/**
 * An event's title and summary in each interface language (one title is enough; the
 * others fall back to it) and the days it spans. The inputs of the create and edit forms.
 */
export function EventFields({
  lng,
  translations = [],
  startsOn = null,
  endsOn = null,
}: {
  lng: Lng;
  translations?: Translation[];
  startsOn?: string | null;
  endsOn?: string | null;
}) {
  const t = getT(lng, "events");
  // the interface language first: that is the one the editor is most likely to fill in
  const order = [lng, ...languages.filter((l) => l !== lng)];
  return (
    <>
      <fieldset className="lang-fields">
        <legend>{t("form.titles")}</legend>
        {order.map((l) => {
          const row = translations.find((r) => r.lang === l);
          return (
            <div key={l} className="stack">
              <label lang={l}>
                {t("form.title", { language: languageName(lng, l) })}
                <input name={`title.${l}`} maxLength={300} defaultValue={row?.title ?? ""} lang={l} dir="auto" />
              </label>
              <label>
                {t("form.summary", { language: languageName(lng, l) })}
                <textarea
                  name={`summary.${l}`}
                  maxLength={2000}
                  rows={3}
                  defaultValue={row?.summary ?? ""}
                  lang={l}
                  dir="auto"
                />
              </label>
            </div>
          );
        })}
        <p className="muted">{t("form.titlesHint")}</p>
      </fieldset>
      <div className="inline-fields">
        <label>
          {t("form.startsOn")}
          <input type="date" name="startsOn" defaultValue={startsOn ?? ""} />
        </label>
        <label>
          {t("form.endsOn")}
          <input type="date" name="endsOn" defaultValue={endsOn ?? ""} />
        </label>
      </div>
    </>
  );
}
