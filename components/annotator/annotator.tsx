"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { CandidateQueue, candidatesKey, fetchCandidates } from "@/components/candidates/queue";
import { useShortcuts } from "@/components/layout/use-shortcuts";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim, ArticleDetail } from "@/lib/server/articles";
import { ANNO_MEDIA_TYPE, articleKey, fetchArticle, send } from "./api";
import { ClaimForm, type ClaimPayload } from "./claim-form";
import { HelpDialog } from "./help-dialog";
import { itemsOf, short, type Item } from "./items";
import { NoteForm, noteAnnotations, type NoteParts } from "./note-form";
import { Panel, type PanelFilters } from "./panel";
import { TextView } from "./text-view";

type Dialog =
  | { type: "claim"; claim: ArticleClaim | null; span: { start: number; end: number } }
  | { type: "note"; item: Item | null; span: { start: number; end: number } }
  | { type: "help" }
  | null;
type Toast = { message: string; error?: boolean; undo?: () => void } | null;

/**
 * The article's text and its claims and notes, for reading and, for editors,
 * marking: select words, then "New claim" or "Note". Changes show at once
 * (optimistic, through TanStack Query) and roll back with a message if the server refuses.
 */
export function Annotator({
  lng,
  initial,
  user,
}: {
  lng: Lng;
  initial: ArticleDetail;
  user: { id: string; name: string; canEdit: boolean } | null;
}) {
  const { t } = useT("annotate");
  const { t: tc } = useT("candidates");
  const client = useQueryClient();
  const key = articleKey(initial.id, lng);
  const { data: article } = useQuery({
    queryKey: key,
    queryFn: () => fetchArticle(initial.id, lng),
    initialData: initial,
  });
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toast, setToast] = useState<Toast>(null);
  const [filters, setFilters] = useState<PanelFilters>({ kind: "all", author: "all" });
  const [view, setView] = useState<"items" | "candidates">("items");
  const lastDeleted = useRef<Item | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const candidateRefs = useRef(new Map<string, HTMLLIElement>());
  const canEdit = !!user?.canEdit;
  const { data: candidates } = useQuery({
    queryKey: candidatesKey(initial.id, lng),
    queryFn: () => fetchCandidates(initial.id, lng),
  });

  const items = useMemo(() => itemsOf(article.claims, article.annotations), [article]);
  const reviewed = useMemo(
    () => new Set(article.annotations.filter((n) => n.motivation === "assessing" && n.claimId).map((n) => n.claimId!)),
    [article],
  );
  const marks =
    view === "candidates"
      ? (candidates?.candidates ?? [])
          .filter((c) => c.status === "pending")
          .map((c) => ({ key: `cand-${c.id}`, start: c.start, end: c.end, label: short(c.quote) }))
      : items.flatMap((i) =>
          i.start === null || i.end === null ? [] : [{ key: i.key, start: i.start, end: i.end, label: short(i.quote) }],
        );

  /** Applies `change` to the cached article now; returns how to undo it if the server refuses. */
  async function optimistic(change: (a: ArticleDetail) => ArticleDetail) {
    await client.cancelQueries({ queryKey: key });
    const before = client.getQueryData<ArticleDetail>(key);
    if (before) client.setQueryData(key, change(before));
    return () => before && client.setQueryData(key, before);
  }
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const failed = (error: unknown) =>
    setToast({
      message: t("toast.failed", { message: error instanceof Error ? error.message : String(error) }),
      error: true,
    });

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
        quantity: payload.quantity,
        note: payload.note,
      };
      const rollback = await optimistic((a) => ({
        ...a,
        claims: id
          ? a.claims.map((c) => (c.id === id ? { ...c, ...draft } : c))
          : [
              ...a.claims,
              {
                ...draft,
                id: `pending-${Date.now()}`,
                prefix: "",
                suffix: "",
                status: "confirmed",
                speaker: null,
                version: 1,
                creator: user ? { id: user.id, name: user.name } : null,
              },
            ],
      }));
      return { rollback };
    },
    onError: (_error, _vars, context) => context?.rollback(),
    onSettled: refresh,
  });

  const remove = useMutation({
    mutationFn: (item: Item) =>
      send("DELETE", item.type === "claim" ? `/api/claims/${item.claim.id}` : `/api/annotations/${item.note.id}`, lng),
    onMutate: async (item) => ({
      rollback: await optimistic((a) => ({
        ...a,
        claims: a.claims.filter((c) => `claim-${c.id}` !== item.key),
        annotations: a.annotations.filter((n) => `note-${n.id}` !== item.key),
      })),
    }),
    onError: (error, _item, context) => {
      context?.rollback();
      failed(error);
    },
    onSuccess: (_data, item) => {
      lastDeleted.current = item;
      setToast({ message: t("toast.deleted"), undo: () => void undo() });
    },
    onSettled: refresh,
  });

  async function undo() {
    const item = lastDeleted.current;
    if (!item) return;
    lastDeleted.current = null;
    try {
      await send(
        "POST",
        item.type === "claim" ? `/api/claims/${item.claim.id}/restore` : `/api/annotations/${item.note.id}/restore`,
        lng,
      );
      setToast({ message: t("toast.restored") });
    } catch (error) {
      failed(error);
    }
    await refresh();
  }

  async function saveNote(parts: NoteParts, target: Dialog & { type: "note" }) {
    const { start, end } = target.span;
    const claimId = target.item?.type === "claim" ? target.item.claim.id : undefined;
    const wanted = noteAnnotations(parts, {
      articleId: article.id,
      text: article.text,
      start,
      end,
      claimId,
      lng,
      origin: window.location.origin,
    });
    if (target.item?.type === "note") {
      await send("PUT", `/api/annotations/${target.item.note.id}`, lng, wanted[0], ANNO_MEDIA_TYPE);
    } else {
      for (const body of wanted) await send("POST", "/api/annotations/", lng, body, ANNO_MEDIA_TYPE);
    }
    setDialog(null);
    setToast({ message: t("toast.noted") });
    await refresh();
  }

  function showInText(key: string) {
    const element = document.getElementById(key);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }
  function showInPanel(keys: string[]) {
    const element = keys
      .map((k) => (k.startsWith("cand-") ? candidateRefs.current.get(k.slice(5)) : itemRefs.current.get(k)))
      .find(Boolean);
    element?.scrollIntoView({ block: "nearest" });
    element?.focus({ preventScroll: true });
  }
  const focusedItem = () => {
    const key = (document.activeElement?.closest(".panel-item") as HTMLElement | null)?.dataset.key;
    return items.find((i) => i.key === key) ?? null;
  };
  const edit = (item: Item) =>
    setDialog(
      item.type === "claim"
        ? { type: "claim", claim: item.claim, span: { start: item.start, end: item.end } }
        : { type: "note", item, span: { start: item.start ?? 0, end: item.end ?? 0 } },
    );

  useShortcuts(() => {
    if (dialog) return null;
    const list = [...itemRefs.current.values()];
    const index = list.indexOf(document.activeElement?.closest(".panel-item") as HTMLLIElement);
    const keys: Record<string, () => void> = {
      "?": () => setDialog({ type: "help" }),
      c: () => setView((v) => (v === "items" ? "candidates" : "items")),
      n: () => canEdit && selection && setDialog({ type: "claim", claim: null, span: selection }),
      m: () => canEdit && selection && setDialog({ type: "note", item: null, span: selection }),
      u: () => canEdit && void undo(),
    };
    // in the candidate queue, j and k belong to the queue
    if (view === "candidates") return keys;
    return {
      ...keys,
      j: () => list[Math.min(index + 1, list.length - 1)]?.focus(),
      k: () => list[Math.max(index - 1, 0)]?.focus(),
      e: () => {
        const item = focusedItem();
        if (canEdit && item) edit(item);
      },
    };
  });

  return (
    <div className="article-layout annotator">
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">
          <TextHeading />
        </h2>
        {canEdit && selection && (
          <div className="selection-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
            <span className="muted" lang={article.lang}>
              «{short(article.text.slice(selection.start, selection.end), 50)}»
            </span>{" "}
            <button type="button" onClick={() => setDialog({ type: "claim", claim: null, span: selection })}>
              {t("toolbar.newClaim")} <kbd>{"n"}</kbd>
            </button>{" "}
            <button type="button" onClick={() => setDialog({ type: "note", item: null, span: selection })}>
              {t("toolbar.note")} <kbd>{"m"}</kbd>
            </button>
          </div>
        )}
        <TextView
          text={article.text}
          lang={article.lang}
          marks={marks}
          selectable={canEdit}
          label={t("textLabel")}
          onSelect={setSelection}
          onActivate={showInPanel}
          onShortcut={() => undefined}
        />
      </section>
      <aside aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="visually-hidden">
          {t("panel.heading")}
        </h2>
        <div role="tablist" className="tabs" aria-labelledby="claims-heading">
          <button type="button" role="tab" aria-selected={view === "items"} onClick={() => setView("items")}>
            {t("panel.heading")} <span className="count">({items.length})</span>
          </button>
          <button type="button" role="tab" aria-selected={view === "candidates"} onClick={() => setView("candidates")}>
            {candidates ? tc("tabCount", { count: candidates.counts.pending }) : tc("tab")} <kbd>{"c"}</kbd>
          </button>
        </div>
        <button type="button" className="link-button" onClick={() => setDialog({ type: "help" })}>
          {t("actions.help")} <kbd>{"?"}</kbd>
        </button>
        <div className="toast" role={toast?.error ? "alert" : "status"}>
          {toast && (
            <>
              {toast.message}{" "}
              {toast.undo && (
                <button type="button" onClick={toast.undo}>
                  {t("actions.undo")}
                </button>
              )}
            </>
          )}
        </div>
        {view === "candidates" ? (
          <CandidateQueue
            lng={lng}
            article={article}
            list={candidates}
            canEdit={canEdit}
            onShowInText={(c) => showInText(`cand-${c.id}`)}
            onDecided={(action) => action === "accept" && void refresh()}
            itemRef={(id, el) => (el ? candidateRefs.current.set(id, el) : candidateRefs.current.delete(id))}
          />
        ) : (
          <Panel
            lng={lng}
            articleLang={article.lang}
            items={items}
            filters={filters}
            onFilters={setFilters}
            canEdit={canEdit}
            onShowInText={(item) => showInText(item.key)}
            onEdit={edit}
            onNote={(item) => setDialog({ type: "note", item, span: { start: item.start ?? 0, end: item.end ?? 0 } })}
            onDelete={(item) => remove.mutate(item)}
            itemRef={(k, el) => (el ? itemRefs.current.set(k, el) : itemRefs.current.delete(k))}
            reviewed={reviewed}
          />
        )}
      </aside>
      {dialog?.type === "claim" && (
        <ClaimForm
          lng={lng}
          article={article}
          claim={dialog.claim}
          span={dialog.span}
          onClose={() => setDialog(null)}
          onSave={async (payload, version) => {
            await saveClaim.mutateAsync({ id: dialog.claim?.id ?? null, payload, version });
            setDialog(null);
            setSelection(null);
            setToast({ message: dialog.claim ? t("toast.updated") : t("toast.created") });
          }}
        />
      )}
      {dialog?.type === "note" && (
        <NoteForm
          quote={article.text.slice(dialog.span.start, dialog.span.end) || (dialog.item?.quote ?? "")}
          lang={article.lang}
          note={dialog.item?.type === "note" ? dialog.item.note : null}
          onClose={() => setDialog(null)}
          onSave={(parts) => saveNote(parts, dialog)}
        />
      )}
      {dialog?.type === "help" && <HelpDialog onClose={() => setDialog(null)} />}
    </div>
  );
}

function TextHeading() {
  const { t } = useT("articles");
  return <>{t("text")}</>;
}
