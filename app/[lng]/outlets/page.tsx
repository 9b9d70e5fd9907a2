import type { Metadata } from "next";
import { languageName } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { listOutlets } from "@/lib/server/outlets";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "outlets")("title") };
}

export default async function OutletsPage({ params }: Props) {
  const lng = lngOrNotFound((await params).lng);
  const [t, tc] = [getT(lng, "outlets"), getT(lng, "common")];
  const { outlets, unknownCount } = await listOutlets();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {outlets.length === 0 && unknownCount === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("table.name")}</th>
                <th scope="col">{t("table.language")}</th>
                <th scope="col">{t("table.articles")}</th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => (
                <tr key={o.id}>
                  <td>
                    {o.url ? (
                      <a href={o.url} rel="noopener noreferrer nofollow">
                        {o.name}
                      </a>
                    ) : (
                      o.name
                    )}
                  </td>
                  <td>{o.lang ? languageName(lng, o.lang) : "—"}</td>
                  <td className="num">{tc("count.articles", { count: o.articleCount })}</td>
                </tr>
              ))}
              {unknownCount > 0 && (
                <tr>
                  <td>
                    <span className="muted">{tc("unknownOutlet")}</span>
                    <br />
                    <small>{t("unknownNote")}</small>
                  </td>
                  <td>—</td>
                  <td className="num">{tc("count.articles", { count: unknownCount })}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
