"use client";

import { createInstance } from "i18next";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { baseOptions } from "./options";
import type { LngResources } from "./resources";
import type { Lng, Namespace } from "./settings";

/** Gives client components a `t()` in the page's language; only that language's messages are sent. */
export function I18nProvider({ lng, messages, children }: { lng: Lng; messages: LngResources; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({ ...baseOptions, lng, resources: { [lng]: messages } });
    return instance;
  }, [lng, messages]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export function useT<N extends Namespace>(ns: N) {
  return useTranslation(ns);
}
