import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { fallbackLng, isLng, languages, type Lng } from "./settings";

/**
 * The interface language for a request without one in its path: the cookie a
 * user set by switching language, then the browser's Accept-Language, then English.
 */
export function negotiateLng(cookie: string | undefined, acceptLanguage: string | null): Lng {
  if (isLng(cookie)) return cookie;
  if (!acceptLanguage) return fallbackLng;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  const usable = requested.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false;
    }
  });
  const chosen = match(usable, [...languages], fallbackLng);
  return isLng(chosen) ? chosen : fallbackLng;
}
