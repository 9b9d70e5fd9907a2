import { ApiForm } from "@/components/forms/api-form";
import { Choice } from "@/components/forms/choice";
import { getT } from "@/i18n/fixed";
import { languageName } from "@/i18n/format";
import { languages, type Lng } from "@/i18n/settings";
import { aspectKinds } from "@/lib/domain/vocabulary";
import type { EventDetail } from "@/lib/events/load";

/**
 * For editors, the event's aspects: a new one; each reworded per language, moved up or
 * down, merged into another (its claims move), or deleted (when it has claims, into
 * the aspect they move to).
 */
export function AspectManager({ lng, event }: { lng: Lng; event: EventDetail }) {
  const t = getT(lng, "events");
  const { aspects } = event;
  return (
    <details className="manage" id="manage-aspects">
      <summary>{t("aspects.manage")}</summary>
      <ApiForm action="/api/aspects" lng={lng} submit={t("aspects.create")} busy={t("aspects.busy")} className="stack">
        <h3>{t("aspects.new")}</h3>
        <input type="hidden" name="eventId" value={event.id} />
        <input type="hidden" name="lang" value={lng} />
        <label>
          {t("aspects.question")}
          <input name="question" required minLength={3} maxLength={300} dir="auto" />
        </label>
        <div className="inline-fields">
          <label>
            {t("aspects.kind")}
            <select name="kind" defaultValue="numeric">
              {aspectKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`aspects.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("aspects.unit")}
            <input name="unit" maxLength={40} placeholder={t("aspects.unitHint")} />
          </label>
        </div>
      </ApiForm>

      {aspects.length === 0 ? (
        <p className="empty">{t("aspects.empty")}</p>
      ) : (
        <ol className="aspect-list">
          {aspects.map((a, i) => {
            const others = aspects.filter((o) => o.id !== a.id);
            return (
              <li key={a.id}>
                <h3 lang={a.questionLang ?? undefined} dir="auto">
                  {a.question}
                </h3>
                <p className="meta">
                  {t(`aspects.kinds.${a.kind as "numeric"}`)}
                  {a.unit && <> · {a.unit}</>} · {getT(lng, "common")("count.claims", { count: a.claimCount })}
                </p>
                <ApiForm
                  action={`/api/aspects/${a.id}`}
                  method="PATCH"
                  lng={lng}
                  submit={t("aspects.save")}
                  busy={t("aspects.busy")}
                  done={t("aspects.saved")}
                  className="stack"
                >
                  <div className="lang-fields">
                    {languages.map((l) => (
                      <label key={l}>
                        {t("aspects.questionIn", { language: languageName(lng, l) })}
                        <input
                          name={`question.${l}`}
                          maxLength={300}
                          lang={l}
                          dir="auto"
                          defaultValue={a.questions.find((q) => q.lang === l)?.question ?? ""}
                        />
                      </label>
                    ))}
                  </div>
                </ApiForm>
                <div className="row-actions">
                  {i > 0 && (
                    <ApiForm
                      action={`/api/aspects/${a.id}`}
                      method="PATCH"
                      lng={lng}
                      submit={t("aspects.up")}
                      busy={t("aspects.busy")}
                    >
                      <input type="hidden" name="position" value={i - 1} data-number />
                    </ApiForm>
                  )}
                  {i < aspects.length - 1 && (
                    <ApiForm
                      action={`/api/aspects/${a.id}`}
                      method="PATCH"
                      lng={lng}
                      submit={t("aspects.down")}
                      busy={t("aspects.busy")}
                    >
                      <input type="hidden" name="position" value={i + 1} data-number />
                    </ApiForm>
                  )}
                  {others.length > 0 && (
                    <ApiForm
                      action={`/api/aspects/${a.id}/merge`}
                      lng={lng}
                      submit={t("aspects.merge")}
                      busy={t("aspects.busy")}
                      confirm={t("aspects.mergeConfirm", { question: a.question })}
                    >
                      <Choice
                        label={t("aspects.mergeInto")}
                        name="into"
                        options={others.map((o) => ({ id: o.id, name: o.question }))}
                        placeholder={t("aspects.choose")}
                      />
                    </ApiForm>
                  )}
                  {a.claimCount === 0 && (
                    <ApiForm
                      action={`/api/aspects/${a.id}`}
                      method="DELETE"
                      lng={lng}
                      submit={t("aspects.delete")}
                      busy={t("aspects.busy")}
                      confirm={t("aspects.deleteConfirm", { question: a.question })}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
