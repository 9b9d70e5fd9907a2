import type { InitOptions } from "i18next";
import { fallbackLng, namespaces } from "./settings";

/** Options shared by the server's and the browser's i18next instances. */
export const baseOptions: InitOptions = {
  fallbackLng,
  ns: [...namespaces],
  defaultNS: "common",
  // React escapes what it renders; escaping here as well would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
};
