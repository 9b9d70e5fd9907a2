/** A figure read out of a quote, to pre-fill the claim form; the editor corrects what it gets wrong. */
export interface ParsedFigure {
  low: number;
  high: number;
  unit: string | null;
  approximate: boolean;
}

const scales: [RegExp, number][] = [
  [/^(thousand|тис(?:яч[аі]?|\.)?|тыс(?:яч[аи]?|\.)?|k)$/iu, 1e3],
  [/^(million|мільйон(?:а|ів)?|миллион(?:а|ов)?|млн\.?|m)$/iu, 1e6],
  [/^(billion|мільярд(?:а|ів)?|миллиард(?:а|ов)?|млрд\.?|bn|b)$/iu, 1e9],
];
// \b knows only Latin letters; these lookarounds work for Cyrillic too.
const approximateWords = /(?<!\p{L})(about|around|some|roughly|nearly|almost|approximately|up to|over|more than|близько|приблизно|майже|понад|около|примерно|почти|более|свыше)(?!\p{L})|≈|~/iu;
const currencies: [RegExp, string][] = [
  [/\$|usd|dollars?|долар(?:ів|а|и)?|доллар(?:ов|а|ы)?/iu, "USD"],
  [/€|eur|euros?|євро|евро/iu, "EUR"],
  [/₽|руб(?:лів|лей|ля|\.)?|rubles?|roubles?/iu, "RUB"],
];
const fewDozen = /(?<!\p{L})(a few dozen|several dozen|dozens of|кілька десятків|декілька десятків|несколько десятков|десятки)(?!\p{L})/iu;

const NUMBER = String.raw`(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)`;

function toNumber(text: string): number {
  const grouped = /^\d{1,3}([,\u00a0\u202f ]\d{3})+$/u.test(text);
  return Number(grouped ? text.replace(/[,\u00a0\u202f ]/gu, "") : text.replace(",", "."));
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return scales.find(([re]) => re.test(word))?.[1] ?? 1;
}

/**
 * Reads the first figure in a quote, in English, Ukrainian or Russian: "around
 * 1,000" → ≈1000; "20 тисяч" → 20000; "$11 billion" → 11e9 USD; "від 2 до 9 млрд"
 * → 2e9–9e9; "a few dozen" → ≈24–60. Null when there is none.
 */
export function parseFigure(quote: string): ParsedFigure | null {
  const unit = currencies.find(([re]) => re.test(quote))?.[1] ?? null;
  const approximate = approximateWords.test(quote);
  const range = new RegExp(String.raw`${NUMBER}\s*(?:[-–—]|to|до|and)\s*${NUMBER}\s*([\p{L}.]+)?`, "iu").exec(quote);
  if (range) {
    const scale = scaleOf(range[3]);
    return { low: toNumber(range[1]!) * scale, high: toNumber(range[2]!) * scale, unit, approximate };
  }
  const single = new RegExp(String.raw`${NUMBER}\s*([\p{L}.]+)?`, "u").exec(quote);
  if (single) {
    const value = toNumber(single[1]!) * scaleOf(single[2]);
    return { low: value, high: value, unit, approximate };
  }
  if (fewDozen.test(quote)) return { low: 24, high: 60, unit, approximate: true };
  return null;
}
