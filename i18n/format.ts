import type { Lng } from "./settings";

/** Numbers, dates and language names in the interface language, through Intl. */
export function formatNumber(lng: Lng, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lng, options).format(value);
}

export function formatDate(lng: Lng, value: Date | string): string {
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

/**
 * A claim's normalised figure in the interface language: "≈ 20,000" / "≈ 20 000",
 * ranges as "24–60", sums of money in the currency, compact when large
 * ("≈ $11B" / "≈ 11 млрд USD"). "≈" marks an approximate figure.
 */
export function formatFigure(lng: Lng, q: { low: number; high: number; unit?: string | null; approximate?: boolean }): string {
  const options: Intl.NumberFormatOptions = isCurrency(q.unit)
    ? q.high >= 1e6
      ? { style: "currency", currency: q.unit, notation: "compact", maximumSignificantDigits: 3 }
      : { style: "currency", currency: q.unit, maximumFractionDigits: Number.isInteger(q.low) && Number.isInteger(q.high) ? 0 : 2 }
    : {};
  const format = new Intl.NumberFormat(lng, options);
  const text = q.low === q.high ? format.format(q.low) : format.formatRange(q.low, q.high);
  return q.approximate ? `≈\u00a0${text}` : text;
}
