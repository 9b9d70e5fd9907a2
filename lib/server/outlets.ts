import "server-only";
import { safeHttpUrl } from "@/lib/text/url";
import { db } from "./db";

/** Outlets with how many articles each has, and how many articles name no outlet. */
export async function listOutlets() {
  const [outlets, unknownCount] = await Promise.all([
    db.outlet.findMany({
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, country: true, lang: true, url: true, _count: { select: { articles: true } } },
    }),
    db.article.count({ where: { outletId: null } }),
  ]);
  return {
    outlets: outlets.map(({ _count, ...o }) => ({ ...o, url: safeHttpUrl(o.url), articleCount: _count.articles })),
    unknownCount,
  };
}
