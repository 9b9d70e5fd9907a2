/**
 * The form in which article text is stored, and so the text every claim offset
 * points into: no byte-order mark, "\n" line breaks, Unicode NFC. Paragraphs,
 * spacing and everything else are kept as they are.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}
