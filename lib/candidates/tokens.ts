/** A word, number or sign of a sentence, with its offsets in the stored text. */
export interface Token {
  text: string;
  /** lower case, apostrophes unified, the full stop of an abbreviation dropped */
  lower: string;
  start: number;
  end: number;
  type: "number" | "word" | "mixed" | "sign";
  /** for numbers: the value written in digits */
  value?: number;
  /** "1 300 000" and "20,000" are written with group separators: never a year */
  grouped?: boolean;
}

// Order matters: dates and grouped numbers before plain digits; words may join
// letters and digits with hyphens ("Tu-160", "Су-30МК2", "twenty-five").
const TOKEN = new RegExp(
  [
    String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\p{L}\p{N}])`, // 28.02.2019
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])`, // 20,000
    String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\p{L}\p{N},.]\d)`, // 1 300 000
    String.raw`\d+(?:[.,]\d+)?(?:bn|mn|tn|k|m)(?![\p{L}\p{N}])`, // $1.5bn, 20k
    String.raw`\d+[.,]\d+(?![\p{L}\p{N}])`, // 1.5, 1,5
    String.raw`[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*(?:[-‐‑][\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*)*\.?`,
    String.raw`[^\s]`,
  ].join("|"),
  "gu",
);

const ABBREVIATION =
  /^(?:млн|млрд|трлн|тис|тыс|руб|грн|дол|долл|км|кг|г|р|рр|гг|ч|год|no|nos|approx|ca|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|gen|st)\.$/iu;

/** Whether a word with its full stop is an abbreviation ("Nov.", "Gen.", "млн."), which ends no sentence. */
export const isAbbreviation = (word: string) => ABBREVIATION.test(word);

function numberValue(text: string): { value: number; grouped: boolean } | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(text)) return { value: Number(text.replace(/,/g, "")), grouped: true };
  if (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/u.test(text))
    return { value: Number(text.replace(/[ \u00a0\u202f]/gu, "").replace(",", ".")), grouped: true };
  if (/^\d+(?:[.,]\d+)?$/u.test(text)) return { value: Number(text.replace(",", ".")), grouped: false };
  return null;
}

// "86,262 млрд": in Ukrainian and Russian a comma before three digits is a decimal comma, not a thousands separator
const DECIMAL_COMMA = /^\d{1,3},\d{3}$/u;

/**
 * Splits `text` between `from` and `to` into tokens. A word keeps a final full stop
 * only when it is a known abbreviation ("млн.", "тис.", "No."): other full stops are signs.
 * With `decimalComma` (Ukrainian, Russian), "86,262" is 86.262, not 86262.
 */
export function tokenize(text: string, from = 0, to = text.length, decimalComma = false): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    let raw = match[0];
    if (raw.endsWith(".") && raw.length > 1 && !ABBREVIATION.test(raw)) raw = raw.slice(0, -1);
    const start = from + match.index;
    const parsed = !/^\d/u.test(raw)
      ? null
      : decimalComma && DECIMAL_COMMA.test(raw)
        ? { value: Number(raw.replace(",", ".")), grouped: false }
        : numberValue(raw);
    const lower = raw.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/\.$/u, "");
    const type = parsed ? "number" : /\p{N}/u.test(raw) ? "mixed" : /\p{L}/u.test(raw) ? "word" : "sign";
    const token: Token = { text: raw, lower, start, end: start + raw.length, type };
    if (parsed) Object.assign(token, parsed);
    tokens.push(token);
    if (raw.length < match[0].length)
      tokens.push({ text: ".", lower: ".", start: start + raw.length, end: start + match[0].length, type: "sign" });
  }
  return tokens;
}

export const isWord = (t: Token | undefined): t is Token => t?.type === "word";
export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
export const is = (t: Token | undefined, re: RegExp) => !!t && re.test(t.lower);
export const lookup = <T>(t: Token | undefined, table: [RegExp, T][]) =>
  t ? table.find(([re]) => re.test(t.lower))?.[1] : undefined;
export const isSign = (t: Token | undefined, ...signs: string[]) => t?.type === "sign" && signs.includes(t.text);
