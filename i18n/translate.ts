/**
 * The browser's `t()`: what the interface's client components need of i18next (a key looked up
 * in one language's messages, the plural form Intl.PluralRules picks for `count`, `{{name}}` and
 * `{{name, number}}` filled in, `defaultValue`), without shipping i18next itself to every page.
 * The server keeps i18next (fixed.ts); translate.test.ts holds the two to the same strings for
 * every message of every language.
 */
export function translator(lng: string, messages: Record<string, unknown> | undefined) {
  const plural = new Intl.PluralRules(lng);
  const numbers = new Intl.NumberFormat(lng);
  const lookup = (key: string) => {
    let node: unknown = messages;
    for (const part of key.split("."))
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === "string" ? node : undefined;
  };
  return (key: string, options: Record<string, unknown> = {}): string => {
    const count = options.count;
    const text =
      (typeof count === "number" ? (lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`)) : undefined) ??
      lookup(key);
    if (text === undefined) return typeof options.defaultValue === "string" ? options.defaultValue : key;
    return text.replace(/\{\{\s*(\w+)\s*(?:,\s*(number)\s*)?\}\}/g, (whole, name: string, format?: string) => {
      const value = options[name];
      if (value === undefined) return whole;
      return format === "number" ? numbers.format(Number(value)) : String(value);
    });
  };
}
