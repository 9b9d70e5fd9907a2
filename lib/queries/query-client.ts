import { QueryClient } from "@tanstack/react-query";

/** The browser's one query cache: answers stay fresh for 30 s, a failed read is tried once more. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
}
