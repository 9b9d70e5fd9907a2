import { getT } from "@/i18n/fixed";
import { formatDateTime, languageLabel } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { Change } from "@/lib/audit/load";

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;
const LANGUAGE_FIELDS = new Set(["lang"]);

/**
 * One field of an audit entry, in the reader's language: the field's name, and its
 * values before and after. Values of the app's own vocabularies (roles, stances, kinds,
 * statuses, yes and no), languages and times are translated; text people wrote is shown
 * as written, isolated for either direction.
 */
export function AuditChange({ lng, change }: { lng: Lng; change: Change }) {
  const t = getT(lng, "admin");
  const value = (v: string) => {
    if (LANGUAGE_FIELDS.has(change.field)) return languageLabel(lng, v);
    if (ISO_TIME.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(lng, new Date(v));
    const known = t(`audit.values.${v}` as "audit.values.true", { defaultValue: "" });
    return known || <bdi>{v}</bdi>;
  };
  return (
    <div>
      <dt>{t(`audit.fields.${change.field}` as "audit.fields.name", { defaultValue: change.field })}</dt>
      <dd>
        {change.before !== null && <del title={t("audit.before")}>{value(change.before)}</del>}
        {change.before !== null && change.after !== null && " → "}
        {change.after !== null && <ins title={t("audit.after")}>{value(change.after)}</ins>}
      </dd>
    </div>
  );
}
