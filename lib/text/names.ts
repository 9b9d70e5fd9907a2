/**
 * The form in which names are compared: lower case, accents removed, spaces
 * folded, so "Guaidó", "guaido" and " GUAIDO " meet. Cyrillic keeps its letters
 * (й and ї are letters of their own, not accented и and і).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase() // the root mapping, as toLocaleLowerCase("und"), without its cost per call
    .replace(/\s+/g, " ")
    .trim();
}
