import "server-only";
import { createInstance, type TFunction } from "i18next";
import { baseOptions } from "./options";
import { resources } from "./resources";
import { notFound } from "next/navigation";
import { isLng, type Lng, type Namespace } from "./settings";

// One instance holds every language; each request asks for a t() fixed to its own
// language, so concurrent requests never change a shared current language.
const i18n = createInstance();
void i18n.init({ ...baseOptions, resources, lng: "en" });

export function getT<N extends Namespace>(lng: Lng, ns: N): TFunction<N> {
  return i18n.getFixedT(lng, ns) as TFunction<N>;
}

/** The language of a `[lng]` route segment; anything else is a 404. */
export function lngOrNotFound(value: string): Lng {
  if (!isLng(value)) notFound();
  return value;
}
