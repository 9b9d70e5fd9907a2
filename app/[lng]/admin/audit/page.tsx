import type { Metadata } from "next";
import Link from "next/link";
import { AuditChange } from "@/components/admin/audit-change";
import type { SearchParams } from "@/components/forms/form-status";
import { Table } from "@/components/layout/table";
import { asLabel, formatDateTime } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { auditFilterOptions, auditFilters, listAudit } from "@/lib/audit/load";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "admin")("audit.title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { lng } = await userPage((await params).lng, "admin");
  const t = getT(lng, "admin");
  const filters = auditFilters.parse(await searchParams);
  const [{ entries, nextCursor }, options] = await Promise.all([listAudit(db, filters), auditFilterOptions(db)]);
  const here = `/${lng}/admin/audit`;
  const query = (extra: Record<string, string>) =>
    `${here}?${new URLSearchParams({ ...(filters.user ? { user: filters.user } : {}), ...(filters.entity ? { entity: filters.entity } : {}), ...extra })}`;
  const entityName = (type: string) => t(`audit.entities.${type}` as "audit.entities.user", { defaultValue: type });
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.intro")}</p>
      <form method="get" action={here} className="inline-fields" aria-label={t("audit.filters")}>
        <div className="field">
          <label htmlFor="audit-user">{t("audit.user")}</label>
          <select id="audit-user" name="user" defaultValue={filters.user ?? ""}>
            <option value="">{t("audit.any")}</option>
            {options.users.map((u) => (
              <option dir="auto" key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
            <option value="cli">{asLabel(lng, t("audit.commandLine"))}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t("audit.entity")}</label>
          <select id="audit-entity" name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">{t("audit.any")}</option>
            {options.entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityName(type)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("audit.apply")}</button>
      </form>

      {entries.length === 0 ? (
        <p className="empty">{t("audit.empty")}</p>
      ) : (
        <Table
          label={t("audit.title")}
          className="audit"
          headers={[
            t("audit.table.when"),
            t("audit.table.who"),
            t("audit.table.action"),
            t("audit.table.entity"),
            t("audit.table.change"),
          ]}
        >
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(lng, e.createdAt)}</td>
              <td>{e.user ? e.user.email : <span className="muted">{t("audit.commandLine")}</span>}</td>
              <td>{t(`audit.actions.${e.action}` as "audit.actions.create", { defaultValue: e.action })}</td>
              <td>
                {entityName(e.entityType)} <code>{e.entityId}</code>
              </td>
              <td>
                {e.changes.length > 0 && (
                  <dl className="changes">
                    {e.changes.map((c) => (
                      <AuditChange key={c.field} lng={lng} change={c} />
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <nav className="pager">
        {filters.cursor && <Link href={query({})}>{t("audit.newest")}</Link>}
        {nextCursor && <Link href={query({ cursor: nextCursor })}>{t("audit.older")}</Link>}
      </nav>
    </>
  );
}
