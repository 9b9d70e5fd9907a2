import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
  /** the charset the page declares, if any */
  charset: string | null;
}

/** Elements whose text starts a new paragraph. */
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "BLOCKQUOTE",
  "PRE",
  "LI",
  "UL",
  "OL",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "TABLE",
  "TR",
  "FIGURE",
  "FIGCAPTION",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "DL",
  "DT",
  "DD",
  "HR",
]);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

/** Readable text of a DOM subtree: text nodes only (markup never survives), a blank line between blocks, <br> a line break. */
function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) return void out.push((node.textContent ?? "").replace(/\s+/g, " "));
    if (node.nodeType !== 1) return;
    if (node.nodeName === "BR") return void out.push("\n");
    const block = BLOCKS.has(node.nodeName);
    if (block) out.push("\n\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push("\n\n");
  };
  walk(root);
  return out
    .join("")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split("\n")
        .map((line) => line.trim())
        .join("\n")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const value = document
      .querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
      ?.getAttribute("content")
      ?.trim();
    if (value) return value;
  }
  return null;
};

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * A saved web page to its article: Mozilla's Readability finds the article in the
 * page (dropping navigation, adverts, scripts, comments), then only its text nodes
 * are kept, paragraph by paragraph. Metadata comes from Readability and the page's
 * <meta>/<link rel=canonical>. Returns null text when no article is found.
 */
export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
    meta(document as unknown as Document, "og:url");
  const publishedAt = meta(
    document as unknown as Document,
    "article:published_time",
    "datePublished",
    "date",
    "DC.date.issued",
    "pubdate",
  );
  const parsed = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  let text = "";
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(content.body as unknown as Node);
  }
  const byline = parsed?.byline?.trim() || null;
  const title = parsed?.title?.trim() || document.title?.trim() || null;
  // A heading repeating the title, or a byline paragraph ("By Staff reporter"), is kept as metadata,
  // not text. (Readability drops the former itself only when the words are Latin.)
  for (let again = true; again;) {
    const [first, ...rest] = text.split("\n\n");
    const isTitle = title && first === title;
    const isByline = byline && first && first.includes(byline) && first.length <= byline.length + 12;
    again = Boolean(rest.length && (isTitle || isByline));
    if (again) text = rest.join("\n\n");
  }
  return {
    text,
    title,
    byline,
    siteName: parsed?.siteName?.trim() || meta(document as unknown as Document, "og:site_name"),
    publishedAt: parsed?.publishedTime?.trim() || publishedAt,
    url: url || null,
    charset: declaredCharset(html.slice(0, 2048)),
  };
}
