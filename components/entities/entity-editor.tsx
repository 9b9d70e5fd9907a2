import { ApiForm } from "@/components/forms/api-form";
import { EditPanel } from "@/components/forms/edit-panel";
import { SearchForm } from "@/components/forms/search-form";
import { getT } from "@/i18n/fixed";
import { languageLabel } from "@/i18n/format";
import { languages, type Lng } from "@/i18n/settings";
import { entityKinds } from "@/lib/domain/vocabulary";

type Entity = {
  id: string;
  name: string;
  kind: string;
  names: { lang: string; name: string; primary: boolean }[];
};

/** How many empty rows the names form offers for new names and aliases. */
const NEW_ROWS = 2;

/**
 * For editors: an entity's kind and names (one primary name per language, the rest
 * aliases and spellings), and merging it into another entity found by name.
 */
export function EntityEditor({
  lng,
  entity,
  mergeQuery,
  mergeCandidates,
}: {
  lng: Lng;
  entity: Entity;
  mergeQuery: string;
  /** entities the merge search found; null before searching */
  mergeCandidates: { id: string; name: string; kind: string; matched: string }[] | null;
}) {
  const t = getT(lng, "entities");
  const tags = [...new Set(["und", ...languages, ...entity.names.map((n) => n.lang)])];
  const rows = [...entity.names, ...Array.from({ length: NEW_ROWS }, () => ({ lang: lng, name: "", primary: false }))];
  return (
    <>
      <EditPanel
        summary={t("edit.title")}
        action={`/api/entities/${entity.id}`}
        method="PATCH"
        lng={lng}
        submit={t("edit.save")}
        busy={t("edit.busy")}
        done={t("edit.saved")}
        className="stack"
      >
        <label className="narrow">
          {t("edit.kind")}
          <select name="kind" defaultValue={entity.kind}>
            {entityKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("edit.names")}</legend>
          <p className="muted">{t("edit.namesHint")}</p>
          {rows.map((n, i) => (
            <div key={i} className="inline-fields">
              <label>
                {t("edit.name", { n: i + 1 })}
                <input name={`names.${i}.name`} defaultValue={n.name} maxLength={200} dir="auto" data-row-key />
              </label>
              <label>
                {t("edit.lang")}
                <select name={`names.${i}.lang`} defaultValue={n.lang}>
                  {tags.map((tag) => (
                    <option key={tag} value={tag}>
                      {tag === "und" ? t("anyLanguage") : languageLabel(lng, tag)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="check">
                <input type="checkbox" name={`names.${i}.primary`} value="true" defaultChecked={n.primary} />{" "}
                {t("primary")}
              </label>
            </div>
          ))}
        </fieldset>
      </EditPanel>
      <details className="manage" open={mergeCandidates !== null}>
        <summary>{t("merge.title")}</summary>
        <p>{t("merge.intro", { name: entity.name })}</p>
        <SearchForm name="merge" label={t("merge.search")} button={t("find")} value={mergeQuery} target="merge" />
        {mergeCandidates !== null &&
          (mergeCandidates.length === 0 ? (
            <p className="empty">{t("noMatch", { q: mergeQuery })}</p>
          ) : (
            <ApiForm
              action={`/api/entities/${entity.id}/merge`}
              lng={lng}
              submit={t("merge.submit")}
              busy={t("merge.busy")}
              confirm={t("merge.confirm", { name: entity.name })}
              goTo={`/${lng}/entities/{into}`}
            >
              <fieldset id="merge">
                <legend>{t("merge.into")}</legend>
                <ul className="pick-list">
                  {mergeCandidates.map((c) => (
                    <li key={c.id}>
                      <label>
                        <input type="radio" name="into" value={c.id} required />
                        <span>
                          <bdi>{c.name}</bdi> <span className="muted">({t(`kinds.${c.kind as "person"}`)})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </ApiForm>
          ))}
      </details>
    </>
  );
}
