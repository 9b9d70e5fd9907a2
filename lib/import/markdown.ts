import { remark } from "remark";
import strip from "strip-markdown";

const processor = remark().use(strip);

/** Markdown to its plain text: paragraphs kept, markup (emphasis, links, HTML, images) dropped. */
export function markdownToText(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
