import type { ReactNode } from "react";
import { I18nProvider } from "./client";
import { resources } from "./resources";
import type { Lng, Namespace } from "./settings";

/**
 * Sends the browser the messages its client components use (useT), in the page's language: the
 * root layout sends "common", and a page the namespaces of its own client components. Nothing else
 * of the translations travels with the page.
 */
export function Messages({ lng, namespaces, children }: { lng: Lng; namespaces: Namespace[]; children: ReactNode }) {
  return (
    <I18nProvider lng={lng} messages={Object.fromEntries(namespaces.map((ns) => [ns, resources[lng][ns]]))}>
      {children}
    </I18nProvider>
  );
}
