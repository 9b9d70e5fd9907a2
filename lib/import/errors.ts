/** Why a file or a row was not imported: a code for the locale files (import:errors.<code>) and its values. */
export type ImportErrorCode =
  | "empty"
  | "binary"
  | "encoding"
  | "tooLarge"
  | "tooManyRows"
  | "format"
  | "json"
  | "csv"
  | "columns"
  | "unknownColumns"
  | "missingFields"
  | "invalidField"
  | "noText"
  | "textTooLong"
  | "language"
  | "unknownEvent"
  | "unreadable"
  | "internal";

export type ImportErrorValues = Partial<
  Record<"encoding" | "max" | "fields" | "expected" | "found" | "detected" | "extension" | "reason", string | number>
>;

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly values: ImportErrorValues = {},
  ) {
    super(code);
    this.name = "ImportError";
  }
}
