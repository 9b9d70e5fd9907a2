"use client";

import type { TFunction } from "i18next";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { LngResources } from "./resources";
import type { Lng, Namespace } from "./settings";
import { translator } from "./translate";

const Messages = createContext<{ lng: Lng; messages: Partial<LngResources> } | null>(null);

/**
 * Gives client components a `t()` in the page's language. Only that language's messages are
 * sent, and only the namespaces given; a provider inside another adds its namespaces to the outer's.
 */
export function I18nProvider({
  lng,
  messages,
  children,
}: {
  lng: Lng;
  messages: Partial<LngResources>;
  children: ReactNode;
}) {
  const outer = useContext(Messages);
  const value = useMemo(() => ({ lng, messages: { ...outer?.messages, ...messages } }), [lng, messages, outer]);
  return <Messages.Provider value={value}>{children}</Messages.Provider>;
}

/** A namespace's `t()` (typed by the English messages, as on the server) and the page's language. */
export function useT<N extends Namespace>(ns: N): { t: TFunction<N>; lng: Lng } {
  const context = useContext(Messages);
  return useMemo(() => {
    if (!context?.messages[ns]) throw new Error(`the messages of "${ns}" were not sent to this page`);
    return { t: translator(context.lng, context.messages[ns]) as unknown as TFunction<N>, lng: context.lng };
  }, [context, ns]);
}
