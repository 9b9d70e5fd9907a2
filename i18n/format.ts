import { isCurrency, type Stated } from "@/lib/domain/figures";
import enUnits from "@/locales/en/units.json";
import ruUnits from "@/locales/ru/units.json";
import ukUnits from "@/locales/uk/units.json";
import type { Lng } from "./settings";

const made = new Map<string, unknown>();
/** One Intl object per kind, language and options, kept: making one costs far more than using it. */
function intl<T>(kind: string, lng: string, options: object, make: () => T): T {
  const key = `${kind}\u0000${lng}\u0000${JSON.stringify(options)}`;
  let found = made.get(key) as T | undefined;
  if (found === undefined) made.set(key, (found = make()));
  return found;
}
const numberFormat = (lng: string, options: Intl.NumberFormatOptions = {}) =>
  intl("number", lng, options, () => new Intl.NumberFormat(lng, options));
const dateFormat = (lng: string, options: Intl.DateTimeFormatOptions) =>
  intl("date", lng, options, () => new Intl.DateTimeFormat(lng, options));
const displayNames = (lng: string, type: Intl.DisplayNamesType) =>
  intl("names", lng, { type }, () => new Intl.DisplayNames([lng], { type }));

/** Numbers, dates and language names in the interface language, through Intl. */
export function formatNumber(lng: Lng, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lng, options).format(value);
}

/** A day ("25 March 2019"), or a month ("March 2019") for a date given as "YYYY-MM". */
export function formatDate(lng: Lng, value: Date | string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}$/.test(value))
    return dateFormat(lng, { year: "numeric", month: "long", timeZone: "UTC" }).format(
      new Date(`${value}-01T00:00:00Z`),
    );
  return dateFormat(lng, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}

/** "Ukrainian" / "українська" / "украинский" for the tag "uk". */
/** Words standing alone as an option, a checkbox's label or a cell: with a capital, as labels are ("Заперечує"). */
export function asLabel(lng: Lng, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lng) + text.slice(1);
}

/** A language's name standing alone, as an option, a cell or a value ("Англійська"). */
export function languageLabel(lng: Lng, tag: string): string {
  return asLabel(lng, languageName(lng, tag));
}

/** A language's name as it reads inside a sentence ("англійська"). */
export function languageName(lng: Lng, tag: string): string {
  try {
    return displayNames(lng, "language").of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "Russia" / "Росія" / "Россия" for the region code "RU". */
export function regionName(lng: Lng, code: string): string {
  try {
    return displayNames(lng, "region").of(code) ?? code;
  } catch {
    return code;
  }
}

/** "US dollars" / "долар США" / "доллар США" for the code "USD". */
export function currencyName(lng: Lng, code: string): string {
  try {
    return displayNames(lng, "currency").of(code) ?? code;
  } catch {
    return code;
  }
}

/** A figure or a range of figures: "20,000", "24–60" (en), "20 000" (uk). */
export function formatQuantity(lng: Lng, low: number, high: number): string {
  if (low === high) return formatNumber(lng, low);
  return numberFormat(lng).formatRange(low, high);
}

/** A moment, to the minute, in UTC (the same for every reader of a shared log). */
export function formatDateTime(lng: Lng, value: Date | string): string {
  return dateFormat(lng, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(value));
}

/** Units of measure that Intl spells itself, by the names the extractor gives them. */
const intlUnits: Record<string, string> = {
  "%": "percent",
  km: "kilometer",
  kg: "kilogram",
  litres: "liter",
  gallons: "gallon",
  m: "meter",
  ha: "hectare",
  miles: "mile",
};
/** Units Intl does not know are spelled by the locale files, with each language's plural forms. */
const unitWords: Record<Lng, Record<string, string>> = { en: enUnits, uk: ukUnits, ru: ruUnits };

function unitWord(lng: Lng, unit: string, high: number, value: string): string | null {
  // a range takes the form of its end in all three languages: "2–5 тонн", "1–2 tons"
  const form = intl("plural", lng, {}, () => new Intl.PluralRules(lng)).select(high);
  const words = unitWords[lng];
  const message = words[`${unit}_${form}`] ?? words[`${unit}_other`];
  return message ? message.replace("{{value}}", value) : null;
}

/** A range of figures in the unit, as Intl writes it: "24–60", "$11B" / "11 млрд $", "35 tons" / "35 тонн", "15%". */
function formatAmount(lng: Lng, q: { low: number; high: number; unit?: string | null }): string {
  const measure = q.unit ? intlUnits[q.unit] : undefined;
  // the narrow symbol in every language, so that Ukrainian and Russian read alike ("11 млрд $")
  const money = { style: "currency", currency: q.unit ?? "", currencyDisplay: "narrowSymbol" } as const;
  const options: Intl.NumberFormatOptions = isCurrency(q.unit)
    ? q.high >= 1e6
      ? { ...money, notation: "compact", maximumSignificantDigits: 3 }
      : { ...money, maximumFractionDigits: Number.isInteger(q.low) && Number.isInteger(q.high) ? 0 : 2 }
    : measure
      ? { style: "unit", unit: measure }
      : {};
  const format = numberFormat(lng, options);
  const number = q.low === q.high ? format.format(q.low) : format.formatRange(q.low, q.high);
  return (q.unit && !measure && !isCurrency(q.unit) && unitWord(lng, q.unit, q.high, number)) || number;
}

/** "a few dozen", "сотні", "десятки тысяч"; with the unit's symbol for money and measures. */
function vagueWords(lng: Lng, stated: Stated, unit: string | null | undefined): string | null {
  const phrase = unitWords[lng][`${stated.vagueness}_${stated.low}`];
  if (!phrase) return null;
  if (isCurrency(unit)) {
    const symbol = numberFormat(lng, { style: "currency", currency: unit, currencyDisplay: "narrowSymbol" })
      .formatToParts(0)
      .find((p) => p.type === "currency")?.value;
    return `${phrase} (${symbol ?? unit})`;
  }
  const measure = unit && intlUnits[unit];
  return measure
    ? `${phrase} (${formatAmount(lng, { low: 1, high: 1, unit }).replace(/[\d\s\u00a0\u202f]/gu, "")})`
    : phrase;
}

/**
 * A claim's figure as its text states it, in the interface language: "≈ 35" for "близько
 * 35", "a few dozen" / "кілька десятків" / "несколько десятков", "20,000" / "20 000", sums
 * of money in the currency, compact when large ("≈ $11B" / "≈ 11 млрд $"), units of
 * measure ("35 tons" / "35 тонн", "15%"). "≈" marks an approximate figure. Other units
 * ("personnel") are what is counted, and are not repeated here. Without a stated form,
 * the range itself.
 */
export function formatFigure(
  lng: Lng,
  q: { low: number; high: number; unit?: string | null; approximate?: boolean; stated?: Stated },
): string {
  if (q.stated?.vagueness) {
    const words = vagueWords(lng, q.stated, q.unit);
    if (words) return words;
  }
  const text = formatAmount(lng, q.stated && !q.stated.vagueness ? { ...q, ...q.stated } : q);
  return q.approximate ? `≈\u00a0${text}` : text;
}

/** The range a figure is compared by ("31–39" for "around 35"), shown on demand beside the stated form. */
export const formatComparedRange = (lng: Lng, q: { low: number; high: number; unit?: string | null }): string =>
  formatAmount(lng, q);
