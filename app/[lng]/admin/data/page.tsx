import type { Metadata } from "next";
import { Table } from "@/components/layout/table";
import { formatNumber } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { tableNames } from "@/lib/backup/format";
import { tableCounts } from "@/lib/backup/restore";
import { kindOf } from "@/lib/db/client";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "admin")("data.title") };
}

/** Backups for administrators: what the database holds, the downloads, and how to restore. */
export default async function DataPage({ params }: Props) {
  const { lng } = await userPage((await params).lng, "admin");
  const t = getT(lng, "admin");
  const counts = await tableCounts(db);
  // a copy of the database file is SQLite's; PostgreSQL has its own tools for that
  const sqlite = kindOf(db) === "sqlite";
  const downloads = [
    { href: "/api/admin/export", label: t("data.export"), hint: t("data.exportHint") },
    { href: "/api/admin/export?accounts=1", label: t("data.exportAccounts"), hint: t("data.exportAccountsHint") },
    ...(sqlite ? [{ href: "/api/admin/backup", label: t("data.backup"), hint: t("data.backupHint") }] : []),
  ];
  return (
    <>
      <h1>{t("data.title")}</h1>
      <p className="lead">{t("data.intro")}</p>
      <h2>{t("data.downloads")}</h2>
      <ul className="downloads">
        {downloads.map((d) => (
          <li key={d.href}>
            <a href={d.href} download>
              {d.label}
            </a>
            <p className="meta">{d.hint}</p>
          </li>
        ))}
      </ul>
      {!sqlite && <p>{t("data.postgresBackup")}</p>}
      <h2>{t("data.restore")}</h2>
      <p>{t("data.restoreIntro")}</p>
      <pre className="command">
        <code>{"npm run restore -- parallax-….json\nnpm run restore -- parallax-….db --replace"}</code>
      </pre>
      <p>{t("data.restoreNote")}</p>
      <h2>{t("data.contents")}</h2>
      <Table label={t("data.contents")} headers={[t("data.table"), t("data.rows")]} className="counts">
        {tableNames.map((table) => (
          <tr key={table}>
            <th scope="row">{t(`data.tables.${table}`)}</th>
            <td>{formatNumber(lng, counts[table])}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
