import { isLng, type Lng } from "./settings";

/** The same path in another interface language: "/uk/events/1" → "/ru/events/1". */
export function swapLng(pathname: string, lng: Lng): string {
  const [, first = "", ...rest] = pathname.split("/");
  const tail = isLng(first) ? rest : [first, ...rest].filter(Boolean);
  return `/${[lng, ...tail].join("/")}`.replace(/\/$/, "") || `/${lng}`;
}

/** The sign-in page, with the page to come back to. */
export function signInPath(lng: Lng, next?: string | null): string {
  return `/${lng}/sign-in${next ? `?${new URLSearchParams({ next })}` : ""}`;
}
