import "server-only";
import { anchor, fromCodePoints } from "@/lib/anchoring/anchor";
import { quoteSelector } from "@/lib/anchoring/context";
import { viaColumn } from "@/lib/annotations/serialize";
import { articleIdOf } from "@/lib/annotations/w3c";
import { recordAudit } from "@/lib/audit/store";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient, Tx } from "@/lib/db/client";
import { reindex } from "@/lib/search/reindex";
import { Refusal } from "@/lib/server/errors";
import type { Incoming, Skipped } from "./incoming";

/** What became of one annotation of the file. */
export interface ImportLine {
  ref: string;
  articleId: string;
  /** anchored: found by its position or its quote; orphaned: kept, but its quote is not in the text */
  status: "anchored" | "orphaned";
  by?: "position" | "quote";
  reason?: "notFound" | "noQuote" | "reply";
  /** the ids of the notes it became (a comment, its tags, a verdict) */
  notes: string[];
}

type StoredArticle = { id: string; text: string };

/** The URL forms one page goes by: as given, without its fragment, with and without a trailing slash. */
function urlForms(source: string): string[] {
  try {
    const url = new URL(source);
    url.hash = "";
    const bare = url.href.replace(/\/$/, "");
    return [...new Set([source, url.href, bare, `${bare}/`])];
  } catch {
    return [source];
  }
}

/**
 * The stored article each source names: an article IRI (`…/articles/{id}`, of this server or
 * the one the file was exported from) by its id, else a page by its URL (the newest version
 * when a correction superseded it).
 */
async function articlesFor(db: PrismaClient | Tx, sources: string[]): Promise<Map<string, StoredArticle>> {
  const found = new Map<string, StoredArticle>();
  const byId = new Map<string, string>();
  for (const source of sources) {
    const id = URL.canParse(source) ? articleIdOf(source) : null;
    if (id) byId.set(source, id);
  }
  const idRows = await db.article.findMany({
    where: { id: { in: [...new Set(byId.values())] } },
    select: { id: true, text: true },
  });
  for (const [source, id] of byId) {
    const row = idRows.find((r) => r.id === id);
    if (row) found.set(source, row);
  }
  const rest = sources.filter((s) => !found.has(s));
  const forms = new Map(rest.map((s) => [s, urlForms(s)]));
  const urlRows = await db.article.findMany({
    where: { url: { in: [...new Set([...forms.values()].flat())] } },
    select: { id: true, text: true, url: true, supersededBy: { select: { id: true } } },
  });
  for (const [source, variants] of forms) {
    const rows = urlRows.filter((r) => variants.includes(r.url!));
    const row = rows.find((r) => !r.supersededBy) ?? rows[0];
    if (row) found.set(source, row);
  }
  return found;
}

/** Where an incoming span lies in the stored text (UTF-16 offsets), or why it cannot be placed. */
async function place(text: string, item: Incoming) {
  if (item.shape === "reply") return { reason: "reply" as const };
  const position = item.position && {
    start: fromCodePoints(text, item.position.start),
    end: fromCodePoints(text, item.position.end),
  };
  const usable = position && position.start >= 0 && position.end > position.start ? position : null;
  if (!item.quote) {
    if (!usable) return { reason: "noQuote" as const };
    return { start: usable.start, end: usable.end, by: "position" as const };
  }
  const at = await anchor(text, { ...item.quote, start: usable?.start ?? null, end: usable?.end ?? null });
  return at.by === "orphaned" ? { reason: "notFound" as const } : { start: at.start, end: at.end, by: at.by };
}

/**
 * Stores annotations made elsewhere as notes on the stored articles, all in one transaction.
 * Each is matched to its article by URL or IRI and re-anchored by its quote; one whose quote
 * is not in the text is kept as orphaned (its quote stored, shown apart), never dropped. When
 * any annotation names an article that is not stored, nothing is imported and the refusal
 * lists them.
 */
export async function importAnnotations(db: PrismaClient, items: Incoming[], skipped: Skipped[], user: AuthUser) {
  const articles = await articlesFor(db, [...new Set(items.map((i) => i.source))]);
  const unmatched = items.filter((i) => !articles.has(i.source));
  if (unmatched.length > 0) {
    throw new Refusal("annotationsUnmatched", {
      count: unmatched.length,
      details: unmatched.slice(0, 50).map((i) => ({ path: i.ref, message: i.source })),
    });
  }
  const lines = await db.$transaction(
    async (tx) => {
      const out: ImportLine[] = [];
      for (const item of items) {
        const article = articles.get(item.source)!;
        const at = await place(article.text, item);
        const span =
          "reason" in at
            ? {
                exact: item.quote?.exact ?? "",
                prefix: item.quote?.prefix ?? "",
                suffix: item.quote?.suffix ?? "",
                start: 0,
                end: 0,
              }
            : { ...quoteSelector(article.text, at.start, at.end), start: at.start, end: at.end };
        const via = viaColumn(item.via);
        const notes: string[] = [];
        for (const part of item.parts) {
          const row = await tx.annotation.create({
            data: {
              motivation: part.motivation,
              body: JSON.stringify(part.bodies),
              articleId: article.id,
              ...span,
              creatorId: user.id,
              canonical: item.canonical,
              via,
              ...(item.created && { created: item.created }),
            },
            select: { id: true },
          });
          notes.push(row.id);
        }
        out.push({
          ref: item.ref,
          articleId: article.id,
          notes,
          ...("reason" in at
            ? { status: "orphaned" as const, reason: at.reason }
            : { status: "anchored" as const, by: at.by }),
        });
      }
      // one pass of the search index for the whole file
      await reindex(tx, { notes: out.flatMap((line) => line.notes) });
      await recordAudit(tx, {
        userId: user.id,
        action: "import",
        entityType: "annotation",
        entityId: out[0]?.notes[0] ?? "",
        after: {
          annotations: out.length,
          notes: out.reduce((n, l) => n + l.notes.length, 0),
          orphaned: out.filter((l) => l.status === "orphaned").length,
          skipped: skipped.length,
        },
      });
      return out;
    },
    { timeout: 120_000 },
  );
  return {
    lines,
    skipped,
    anchored: lines.filter((l) => l.status === "anchored").length,
    orphaned: lines.filter((l) => l.status === "orphaned").length,
  };
}
