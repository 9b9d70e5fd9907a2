"use client";

import { useState } from "react";
import type { ArticleClaim, ArticleDetail } from "@/lib/articles/store";
import { initialValues, type ClaimValues } from "./claim-values";
import { moveEdge } from "./words";

/** Sets one of the claim form's fields. */
export type SetClaimValue = <K extends keyof ClaimValues>(key: K, value: ClaimValues[K]) => void;

/**
 * The claim form's fields: pre-filled from the claim, or from the figure the words state;
 * the span's edges move word by word; `reload` shows a newer version of the claim.
 */
export function useClaimValues(
  article: ArticleDetail,
  claim: ArticleClaim | null,
  span: { start: number; end: number },
) {
  const [values, setValues] = useState(() => initialValues(article, claim, span));
  const set: SetClaimValue = (key, value) => setValues((old) => ({ ...old, [key]: value }));
  const setTarget = (target: { eventId: string; aspectId: string }) => setValues((old) => ({ ...old, ...target }));
  const move = (edge: "start" | "end", direction: -1 | 1) =>
    setValues((old) => ({ ...old, ...moveEdge(article.text, old, edge, direction) }));
  const reload = (current: ArticleClaim) =>
    setValues(initialValues(article, current, { start: current.start, end: current.end }));
  return { values, set, setTarget, move, reload };
}
