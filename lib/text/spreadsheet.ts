/**
 * A cell that spreadsheet programs would run as a formula (it starts with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so it shows as the text it is.
 * Numbers stay numbers: only strings are touched.
 */
export function spreadsheetSafe<T>(cell: T): T | string {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
