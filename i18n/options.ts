import type { InitOptions } from "i18next";
import { fallbackLng, namespaces } from "./settings";

/** The options of the one i18next instance (fixed.ts) that the server and the command-line tools share; the browser uses translate.ts. */
export const baseOptions: InitOptions = {
  fallbackLng,
  ns: [...namespaces],
  defaultNS: "common",
  // React escapes what it renders; escaping here as well would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
};
