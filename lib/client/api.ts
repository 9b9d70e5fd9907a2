import type { Lng } from "@/i18n/settings";
import type { ArticleClaim } from "@/lib/articles/store";

/** A refusal from the server, its message already in the user's language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** on a 409 conflict over a claim: the newer version */
    readonly current?: ArticleClaim | null,
    /** what exactly was refused: a field, a row or an item of a file, and why */
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * The browser's one way to call the JSON API: a JSON body (or a file as it is),
 * `lang` added so refusals come back in the user's language, and a refusal thrown
 * as an ApiError.
 */
export async function send<T>(
  method: string,
  url: string,
  lng: Lng,
  body?: unknown,
  contentType = "application/json",
): Promise<T> {
  const response = await fetch(`${url}${url.includes("?") ? "&" : "?"}lang=${lng}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": contentType },
    body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as {
    error?: string;
    code?: string;
    current?: ArticleClaim | null;
    details?: { path: string; message: string }[];
  };
  if (!response.ok)
    throw new ApiError(
      data.error ?? response.statusText,
      response.status,
      data.code ?? "internal",
      data.current,
      data.details,
    );
  return data as T;
}

/** The event a successful write announces in the browser: the client data layer reads its data again. */
export const SAVED_EVENT = "parallax:saved";

/** Tells the page that a write succeeded (QueryProvider refreshes what the browser holds of the data). */
export function announceSaved() {
  window.dispatchEvent(new Event(SAVED_EVENT));
}
