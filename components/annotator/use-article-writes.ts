"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { Lng } from "@/i18n/settings";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/media-type";
import type { ArticleClaim, ArticleDetail, ArticleNote } from "@/lib/articles/store";
import { send } from "@/lib/client/api";
import { completeQuantity } from "@/lib/domain/figures";
import { queryKeys } from "@/lib/queries/keys";
import type { ClaimPayload } from "./claim-values";
import type { Item } from "./items";
import { noteAnnotations, type NoteParts } from "./note-annotations";

type User = { id: string; name: string } | null;
type Span = { start: number; end: number };
export type NoteTarget = { item: Item | null; span: Span };

const itemUrl = (item: Item) =>
  item.type === "claim" ? `/api/claims/${item.claim.id}` : `/api/annotations/${item.note.id}`;

/** The article as it would be without `item`, and with it back. */
const without = (a: ArticleDetail, item: Item): ArticleDetail => ({
  ...a,
  claims: a.claims.filter((c) => `claim-${c.id}` !== item.key),
  annotations: a.annotations.filter((n) => `note-${n.id}` !== item.key),
});
const withBack = (a: ArticleDetail, item: Item): ArticleDetail =>
  item.type === "claim"
    ? { ...a, claims: [...a.claims, item.claim] }
    : { ...a, annotations: [...a.annotations, item.note] };

/**
 * Every write the annotator makes, each a TanStack mutation that shows its result in
 * the cached article at once and rolls it back when the server refuses: saving a
 * claim, saving a note (its parts in one request), deleting, and undoing the last delete.
 */
export function useArticleWrites(article: ArticleDetail, lng: Lng, user: User) {
  const client = useQueryClient();
  const key = queryKeys.article(article.id, lng);
  const lastDeleted = useRef<Item | null>(null);

  /** Applies `change` to the cached article now; returns how to undo it. */
  async function optimistic(change: (a: ArticleDetail) => ArticleDetail) {
    await client.cancelQueries({ queryKey: key });
    const before = client.getQueryData<ArticleDetail>(key);
    if (before) client.setQueryData(key, change(before));
    return () => before && client.setQueryData(key, before);
  }
  const settled = {
    onError: (_error: unknown, _vars: unknown, context: { rollback: () => void } | undefined) => context?.rollback(),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  };

  const saveClaim = useMutation({
    mutationFn: ({ id, payload, version }: { id: string | null; payload: ClaimPayload; version: number }) =>
      id
        ? send("PATCH", `/api/claims/${id}`, lng, { ...payload, version })
        : send("POST", "/api/claims", lng, { ...payload, articleId: article.id }),
    onMutate: async ({ id, payload }) => {
      const aspect = article.events.flatMap((e) => e.aspects).find((a) => a.id === payload.aspectId);
      const draft = {
        quote: article.text.slice(payload.start, payload.end),
        start: payload.start,
        end: payload.end,
        kind: payload.kind,
        stance: payload.stance,
        eventId: payload.eventId,
        aspect: aspect ? { id: aspect.id, question: aspect.question } : null,
        // the range the server will derive from the stated figure
        quantity: payload.quantity && completeQuantity(payload.quantity),
        note: payload.note,
      };
      const created: ArticleClaim = {
        ...draft,
        id: `pending-${Date.now()}`,
        prefix: "",
        suffix: "",
        status: "confirmed",
        speaker: null,
        speakerText: null,
        reportedVia: [],
        version: 1,
        creator: user,
        relations: [],
      };
      const rollback = await optimistic((a) => ({
        ...a,
        claims: id ? a.claims.map((c) => (c.id === id ? { ...c, ...draft } : c)) : [...a.claims, created],
      }));
      return { rollback };
    },
    ...settled,
  });

  const saveNote = useMutation({
    mutationFn: async ({ parts, target }: { parts: NoteParts; target: NoteTarget }) => {
      const { start, end } = target.span;
      const claimId = target.item?.type === "claim" ? target.item.claim.id : undefined;
      const origin = window.location.origin;
      const annotations = noteAnnotations(parts, {
        articleId: article.id,
        text: article.text,
        start,
        end,
        claimId,
        lng,
        origin,
      });
      if (target.item?.type === "note") {
        await send("PUT", `/api/annotations/${target.item.note.id}`, lng, annotations[0], ANNO_MEDIA_TYPE);
      } else {
        await send("POST", "/api/notes", lng, { annotations });
      }
    },
    onMutate: async ({ parts, target }) => {
      const note = (motivation: ArticleNote["motivation"], values: string[], id: string): ArticleNote => ({
        id,
        motivation,
        bodies: values.map((value) => ({ type: "TextualBody", value, purpose: motivation })),
        claimId: target.item?.type === "claim" ? target.item.claim.id : null,
        start: target.span.start,
        end: target.span.end,
        exact: article.text.slice(target.span.start, target.span.end),
        orphaned: false,
        creator: user,
        version: 1,
        created: new Date().toISOString(),
      });
      const drafts = Object.entries(parts).map(([motivation, value]: [string, string | string[]], i) =>
        note(motivation as ArticleNote["motivation"], [value].flat(), `pending-${Date.now()}-${i}`),
      );
      const editing = target.item?.type === "note" ? target.item.note : null;
      const rollback = await optimistic((a) => ({
        ...a,
        annotations: editing
          ? a.annotations.map((n) => (n.id === editing.id ? { ...n, bodies: drafts[0]?.bodies ?? n.bodies } : n))
          : [...a.annotations, ...drafts],
      }));
      return { rollback };
    },
    ...settled,
  });

  const remove = useMutation({
    mutationFn: (item: Item) => send("DELETE", itemUrl(item), lng),
    onMutate: async (item: Item) => ({ rollback: await optimistic((a) => without(a, item)) }),
    onSuccess: (_data: unknown, item: Item) => {
      lastDeleted.current = item;
    },
    ...settled,
  });

  const restore = useMutation({
    mutationFn: (item: Item) => send("POST", `${itemUrl(item)}/restore`, lng),
    onMutate: async (item: Item) => ({ rollback: await optimistic((a) => withBack(a, item)) }),
    ...settled,
  });

  /** Restores the last deleted item, once; false when there is none. */
  function undo() {
    const item = lastDeleted.current;
    if (!item) return null;
    lastDeleted.current = null;
    return restore.mutateAsync(item);
  }

  /** Relations change the claims at both ends: the article is read anew when one is saved or removed. */
  const link = useMutation({
    mutationFn: ({ from, kind, to }: { from: string; kind: string; to: string }) =>
      send("POST", `/api/claims/${from}/relations`, lng, { kind, to }),
    onSettled: settled.onSettled,
  });
  const unlink = useMutation({
    mutationFn: (relationId: string) => send("DELETE", `/api/relations/${relationId}`, lng),
    onSettled: settled.onSettled,
  });

  return { saveClaim, saveNote, remove, undo, link, unlink };
}

export type ArticleWrites = ReturnType<typeof useArticleWrites>;
