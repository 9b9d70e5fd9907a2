// The largest files the upload routes take, in one place with no imports: next.config.ts reads it
// too, to let the proxy pass the largest of them whole.

/** An article file to import (text, HTML, a document). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file of annotations made elsewhere (W3C or Hypothesis). */
export const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024;
