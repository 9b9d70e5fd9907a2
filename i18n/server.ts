import "server-only";
import { notFound } from "next/navigation";
import { getT } from "./fixed";
import { isLng, type Lng } from "./settings";

export { getT };

/** The language of a `[lng]` route segment; anything else is a 404. */
export function lngOrNotFound(value: string): Lng {
  if (!isLng(value)) notFound();
  return value;
}
