"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { SAVED_EVENT } from "@/lib/client/api";
import { makeQueryClient } from "@/lib/queries/query-client";

/**
 * One TanStack Query cache for the client islands that fetch from the JSON API (the annotator);
 * mounted only where they are, so that other pages do not ship it. A write made elsewhere on the
 * page (an ApiForm) announces itself, and what the cache holds is read again.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  useEffect(() => {
    const refresh = () => void client.invalidateQueries();
    window.addEventListener(SAVED_EVENT, refresh);
    return () => window.removeEventListener(SAVED_EVENT, refresh);
  }, [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
