import enUnits from "@/locales/en/units.json";
import ruUnits from "@/locales/ru/units.json";
import ukUnits from "@/locales/uk/units.json";
import type { Lng } from "./settings";

/** Numbers, dates and language names in the interface language, through Intl. */
export function formatNumber(lng: Lng, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lng, options).format(value);
}

/** A day ("25 March 2019"), or a month ("March 2019") for a date given as "YYYY-MM". */
export function formatDate(lng: Lng, value: Date | string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}$/.test(value))
    return new Intl.DateTimeFormat(lng, { year: "numeric", month: "long", timeZone: "UTC" }).format(
      new Date(`${value}-01T00:00:00Z`),
    );
  return new Intl.DateTimeFormat(lng, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}

/** "Ukrainian" / "українська" / "украинский" for the tag "uk". */
export function languageName(lng: Lng, tag: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "Russia" / "Росія" / "Россия" for the region code "RU". */
export function regionName(lng: Lng, code: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A figure or a range of figures: "20,000", "24–60" (en), "20 000" (uk). */
export function formatQuantity(lng: Lng, low: number, high: number): string {
  if (low === high) return formatNumber(lng, low);
  return new Intl.NumberFormat(lng).formatRange(low, high);
}

/** A moment, to the minute, in UTC (the same for every reader of a shared log). */
export function formatDateTime(lng: Lng, value: Date | string): string {
  return new Intl.DateTimeFormat(lng, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(new Date(value));
}

const isCurrency = (unit: string | null | undefined): unit is string => !!unit && /^[A-Z]{3}$/.test(unit);

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
  const form = new Intl.PluralRules(lng).select(high);
  const words = unitWords[lng];
  const message = words[`${unit}_${form}`] ?? words[`${unit}_other`];
  return message ? message.replace("{{value}}", value) : null;
}

/**
 * A claim's normalised figure in the interface language: "≈ 20,000" / "≈ 20 000",
 * ranges as "24–60", sums of money in the currency, compact when large
 * ("≈ $11B" / "≈ 11 млрд USD"), units of measure ("35 tons" / "35 тонн", "15%").
 * "≈" marks an approximate figure. Other units ("personnel") are what is counted, and
 * are not repeated here.
 */
export function formatFigure(
  lng: Lng,
  q: { low: number; high: number; unit?: string | null; approximate?: boolean },
): string {
  const measure = q.unit ? intlUnits[q.unit] : undefined;
  const options: Intl.NumberFormatOptions = isCurrency(q.unit)
    ? q.high >= 1e6
      ? { style: "currency", currency: q.unit, notation: "compact", maximumSignificantDigits: 3 }
      : {
          style: "currency",
          currency: q.unit,
          maximumFractionDigits: Number.isInteger(q.low) && Number.isInteger(q.high) ? 0 : 2,
        }
    : measure
      ? { style: "unit", unit: measure }
      : {};
  const format = new Intl.NumberFormat(lng, options);
  const number = q.low === q.high ? format.format(q.low) : format.formatRange(q.low, q.high);
  const text = (q.unit && !measure && !isCurrency(q.unit) && unitWord(lng, q.unit, q.high, number)) || number;
  return q.approximate ? `≈\u00a0${text}` : text;
}
