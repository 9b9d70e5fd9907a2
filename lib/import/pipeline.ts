import type { CandidateDraft } from "@/lib/candidates/extract";
import type { ContentLanguage } from "@/lib/domain/vocabulary";
import { normalizeText } from "@/lib/text/normalize";
import { MAX_FILE_BYTES } from "@/lib/uploads";
import { decodeBytes, type Encoding } from "./decode";
import { ImportError } from "./errors";
import { extractHtml } from "./html";
import { detectLanguage } from "./language";
import { markdownToText } from "./markdown";
import { readPlainText } from "./plain-text";
import { parseCsvRecords, parseJsonRecords } from "./records";

/** Longest article text, in characters. */
export const MAX_TEXT_CHARS = 500_000;
export const importExtensions = ["txt", "md", "html", "htm", "json", "csv"] as const;

export interface ImportDefaults {
  /** the language to store when a row does not give one, whatever the detector says */
  lang?: ContentLanguage | null;
  /** the outlet for articles that do not name one */
  outlet?: string | null;
}

/** An article ready to store: its text normalised exactly as claim offsets will count it. */
export interface PreparedArticle {
  title: string;
  text: string;
  lang: ContentLanguage;
  /** what the detector found, shown beside the language used */
  detectedLang: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  byline: string | null;
  encoding: Encoding;
  /** what storing computes from the text, when an import's worker computed it already (lib/import/workers.ts) */
  derived?: Derived;
}

/** The text work of storing an article, done beside the store by an import's workers. */
export interface Derived {
  /** the normalised text's hash, which finds an exact duplicate */
  hash: string;
  /** the SimHash that finds a likely one */
  fingerprint: string;
  /** the title and text as the search index holds them */
  stems: { title: string; body: string };
  /** the candidate claims, found with the outlet names given (used only if the article's outlet has those names) */
  drafts?: { outlet: string[]; list: CandidateDraft[] };
}

/** One file, or one row of a JSON or CSV file, and what became of it. */
export type PreparedItem = { source: string; row: number | null } & (
  { article: PreparedArticle } | { error: ImportError }
);

export const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/** A title from plain text: its first line that is not page debris, or the first words of a long one. */
export const titleFromText = (text: string): string => readPlainText(text).title;

async function finish(
  fields: {
    title: string | null;
    text: string;
    lang?: ContentLanguage | null;
    outlet?: string | null;
    url?: string | null;
    publishedAt?: string | null;
    byline?: string | null;
  },
  encoding: Encoding,
  defaults: ImportDefaults,
): Promise<PreparedArticle> {
  const text = normalizeText(fields.text);
  if (!text.trim()) throw new ImportError("noText");
  if (text.length > MAX_TEXT_CHARS) throw new ImportError("textTooLong", { max: MAX_TEXT_CHARS });
  const detected = await detectLanguage(text);
  const lang = fields.lang ?? defaults.lang ?? detected.lang;
  if (!lang) throw new ImportError("language", { detected: detected.guess ?? "?" });
  // what the source leaves out, the top of the text may say: a title past the page's debris, a dateline, a byline
  const heading = readPlainText(text);
  const publishedAt = fields.publishedAt || heading.publishedAt;
  const published = publishedAt ? new Date(publishedAt) : null;
  return {
    title: normalizeText(fields.title?.trim() || heading.title).slice(0, 500),
    text,
    lang,
    detectedLang: detected.lang ?? detected.guess,
    outlet: fields.outlet?.trim() || heading.outlet || defaults.outlet?.trim() || null,
    url: fields.url && /^https?:\/\/[^\s]+$/i.test(fields.url) ? fields.url.slice(0, 2_000) : null,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    byline: fields.byline ?? null,
    encoding,
  };
}

const attempt = async (
  source: string,
  row: number | null,
  work: () => Promise<PreparedArticle>,
): Promise<PreparedItem> => {
  try {
    return { source, row, article: await work() };
  } catch (error) {
    if (error instanceof ImportError) return { source, row, error };
    throw error;
  }
};

/** The article fields of a whole-file source: plain text, Markdown or a web page. */
function wholeFile(extension: string, text: string): Parameters<typeof finish>[0] {
  if (extension === "md") return { title: null, text: markdownToText(normalizeText(text)) };
  if (extension === "html" || extension === "htm") {
    const page = extractHtml(text);
    return {
      title: page.title,
      text: page.text,
      outlet: page.siteName,
      url: page.url,
      publishedAt: page.publishedAt,
      byline: page.byline,
    };
  }
  return { title: null, text };
}

/**
 * One file to the articles it holds: .txt and .md one each, .html the page's article,
 * .json and .csv one per row. Every failure is an item with its error (a row's alone
 * when only the row is wrong), so the rest still imports; nothing here touches the database.
 */
export async function prepareFile(
  name: string,
  bytes: Uint8Array,
  defaults: ImportDefaults = {},
): Promise<PreparedItem[]> {
  const extension = extensionOf(name);
  try {
    if (!(importExtensions as readonly string[]).includes(extension))
      throw new ImportError("format", { extension: extension || "—" });
    if (bytes.length > MAX_FILE_BYTES) throw new ImportError("tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
    const { text, encoding } = decodeBytes(bytes);
    if (!text.trim()) throw new ImportError("empty");
    if (extension === "json" || extension === "csv") {
      const records = extension === "json" ? parseJsonRecords(text) : parseCsvRecords(text);
      return await Promise.all(
        records.map((r) =>
          attempt(name, r.row, async () => {
            if ("error" in r) throw r.error;
            return finish(r.record, encoding, defaults);
          }),
        ),
      );
    }
    return [{ source: name, row: null, article: await finish(wholeFile(extension, text), encoding, defaults) }];
  } catch (error) {
    if (error instanceof ImportError) return [{ source: name, row: null, error }];
    throw error;
  }
}
