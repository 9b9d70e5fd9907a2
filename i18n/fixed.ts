import { createInstance, type TFunction } from "i18next";
import { baseOptions } from "./options";
import { resources } from "./resources";
import type { Lng, Namespace } from "./settings";

// One instance holds every language; each caller asks for a t() fixed to its own
// language, so concurrent requests never change a shared current language. The
// server and the command-line tools share it.
const i18n = createInstance();
void i18n.init({ ...baseOptions, resources, lng: "en" });

export function getT<N extends Namespace>(lng: Lng, ns: N): TFunction<N> {
  return i18n.getFixedT(lng, ns) as TFunction<N>;
}
