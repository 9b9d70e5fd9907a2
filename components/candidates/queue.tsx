"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { EventAspectFields } from "@/components/forms/event-aspect-fields";
import { useShortcuts } from "@/components/layout/use-shortcuts";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import type { CandidateList, CandidateView } from "@/lib/candidates/store-decisions";
import { send } from "@/lib/client/api";
import { queryKeys } from "@/lib/queries/keys";
import { CandidateItem } from "./candidate-item";
import { ConfirmAccept } from "./confirm-accept";
import { destinations, NEW_ASPECT, proposedChoice, proposedQuestion, uncertain } from "./proposal";

type Status = CandidateView["status"];
export type Action = "accept" | "reject" | "reopen";

/**
 * The review queue: the extractor's candidates for one article, to accept into an
 * aspect of one of the article's events (each becomes a claim) or reject, one by
 * one or the selected ones together. Keys: j/k move, a accepts, r rejects, x
 * selects, A and R act on the selection. Accepting into an aspect proposed with low
 * confidence asks first.
 */
export function CandidateQueue({
  lng,
  article,
  list,
  canEdit,
  onShowInText,
  itemRef,
}: {
  lng: Lng;
  article: ArticleDetail;
  list: CandidateList | undefined;
  canEdit: boolean;
  onShowInText: (candidate: CandidateView) => void;
  itemRef: (id: string, element: HTMLLIElement | null) => void;
}) {
  const { t } = useT("candidates");
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>("pending");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const firstEvent = article.events[0];
  const [target, setTarget] = useState({ eventId: firstEvent?.id ?? "", aspectId: firstEvent?.aspects[0]?.id ?? "" });
  const event = article.events.find((e) => e.id === target.eventId);
  const refs = useRef(new Map<string, HTMLLIElement>());

  const [showCovered, setShowCovered] = useState(false);
  // per candidate: the aspect the editor chose, else the one proposed for it (or the new one
  // proposed, NEW_ASPECT), else the one chosen for all
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const aspectOf = (c: CandidateView) => chosen[c.id] ?? proposedChoice(c) ?? target.aspectId;
  const shown = list?.candidates.filter((c) => c.status === status && (showCovered || !c.coveredBy)) ?? [];
  const covered = list?.candidates.filter((c) => c.status === status && c.coveredBy).length ?? 0;
  const canAccept = (c: CandidateView) =>
    c.status === "pending" && !c.coveredBy && (aspectOf(c) === NEW_ASPECT ? !!target.eventId : !!aspectOf(c));
  // the candidates waiting for the editor to confirm an uncertain proposal, one's or the selection's
  const [confirming, setConfirming] = useState<{ ids: string[]; bulk: boolean } | null>(null);
  const bulkAccept = useRef<HTMLButtonElement>(null);

  const decide = useMutation({
    mutationFn: ({ action, ids }: { action: Action; ids: string[] }): Promise<CandidateList> =>
      send(
        "POST",
        `/api/articles/${article.id}/candidates`,
        lng,
        action === "accept"
          ? {
              action,
              ids,
              eventId: target.eventId,
              ...(target.aspectId && { aspectId: target.aspectId }),
              ...destinations(list?.candidates.filter((c) => ids.includes(c.id)) ?? [], aspectOf, target.aspectId, lng),
            }
          : { action, ids },
      ),
    onSuccess: (data, { action, ids }) => {
      client.setQueryData(queryKeys.candidates(article.id, lng), data);
      setSelected(new Set());
      setMessage({ text: t(`done.${action}`, { count: ids.length }) });
      // an accepted candidate is a claim of the article now
      if (action === "accept") void client.invalidateQueries({ queryKey: queryKeys.article(article.id, lng) });
    },
    onError: (error) => {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
      void client.invalidateQueries({ queryKey: queryKeys.candidates(article.id, lng) });
    },
  });

  /** Decides on candidates; accepting ones whose uncertain proposal stands asks first, unless `confirmed`. */
  function act(action: Action, ids: string[], { bulk = false, confirmed = false } = {}) {
    if (ids.length === 0 || decide.isPending) return;
    const unsure = shown.filter((c) => ids.includes(c.id) && uncertain(c, chosen[c.id]));
    if (action === "accept" && !confirmed && unsure.length > 0) {
      setConfirming({ ids, bulk });
      return;
    }
    const index = shown.findIndex((c) => c.id === ids[0]);
    decide.mutate({ action, ids });
    // keep the keyboard where it was: on the candidate that moves up into the gap
    const next = shown.filter((c) => !ids.includes(c.id))[Math.max(0, index)] ?? null;
    if (next) setTimeout(() => refs.current.get(next.id)?.focus(), 0);
  }
  const toggle = (id: string) =>
    setSelected((old) => new Set(old.has(id) ? [...old].filter((x) => x !== id) : [...old, id]));
  const selectedShown = shown.filter((c) => selected.has(c.id));

  function closeConfirmation(accept: boolean) {
    if (!confirming) return;
    setConfirming(null);
    if (accept) act("accept", confirming.ids, { confirmed: true });
    else if (confirming.bulk) bulkAccept.current?.focus();
    else refs.current.get(confirming.ids[0]!)?.focus();
  }
  /** How the aspect proposed for a candidate reads: its question, or the new aspect's. */
  function proposalLabel(c: CandidateView | undefined) {
    const proposed = c && proposedQuestion(c, article);
    return proposed?.isNew ? t("proposal.new", { question: proposed.question }) : (proposed?.question ?? "");
  }
  const confirmation = confirming && (
    <ConfirmAccept
      message={
        confirming.bulk
          ? t("proposal.confirmBulk", {
              count: shown.filter((c) => confirming.ids.includes(c.id) && uncertain(c, chosen[c.id])).length,
            })
          : t("proposal.confirm", { aspect: proposalLabel(shown.find((c) => c.id === confirming.ids[0])) })
      }
      onConfirm={() => closeConfirmation(true)}
      onCancel={() => closeConfirmation(false)}
    />
  );

  useShortcuts(() => {
    if (confirming) return null;
    const items = shown.map((c) => refs.current.get(c.id)).filter((x): x is HTMLLIElement => !!x);
    const index = items.findIndex((item) => item.contains(document.activeElement));
    const focused = shown[index];
    return {
      j: () => items[Math.min(index + 1, items.length - 1)]?.focus(),
      k: () => items[Math.max(index - 1, 0)]?.focus(),
      a: () => canEdit && focused && canAccept(focused) && act("accept", [focused.id]),
      r: () => canEdit && focused && act(focused.status === "rejected" ? "reopen" : "reject", [focused.id]),
      x: () => focused && toggle(focused.id),
      A: () =>
        canEdit &&
        act(
          "accept",
          selectedShown.filter(canAccept).map((c) => c.id),
          { bulk: true },
        ),
      R: () =>
        canEdit &&
        act(
          "reject",
          selectedShown.filter((c) => c.status === "pending").map((c) => c.id),
        ),
    };
  });

  if (!list)
    return (
      <p className="muted" role="status">
        {t("loading")}
      </p>
    );
  return (
    <div className="candidate-queue">
      <p className="muted">{t("intro")}</p>
      <div className="panel-filters">
        <div className="field">
          <label htmlFor="candidate-status">{t("show")}</label>
          <select
            id="candidate-status"
            value={status}
            onChange={(e) => (setStatus(e.target.value as Status), setSelected(new Set()))}
          >
            {(["pending", "accepted", "rejected"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`, { count: list.counts[s] })}
              </option>
            ))}
          </select>
        </div>
        {canEdit && status === "pending" && article.events.length > 0 && (
          <EventAspectFields
            id="candidate"
            events={article.events}
            value={target}
            onChange={setTarget}
            labels={{ event: t("event"), aspect: t("aspect") }}
          />
        )}
      </div>
      {covered > 0 && (
        <label className="check">
          <input type="checkbox" checked={showCovered} onChange={(e) => setShowCovered(e.target.checked)} />{" "}
          {t("showCovered", { count: covered })}
        </label>
      )}
      {canEdit && status === "pending" && article.events.length === 0 && <p className="notice">{t("noEvent")}</p>}
      {canEdit && status === "pending" && event && event.aspects.length === 0 && (
        <p className="notice">{t("noAspect")}</p>
      )}
      <div className="toast" role={message?.error ? "alert" : "status"}>
        {message?.text}
      </div>
      {canEdit && shown.length > 0 && (
        <p className="item-actions" role="toolbar" aria-label={t("bulk.label")}>
          <label>
            <input
              type="checkbox"
              checked={selectedShown.length === shown.length}
              onChange={(e) => setSelected(new Set(e.target.checked ? shown.map((c) => c.id) : []))}
            />{" "}
            {t("bulk.all")}
          </label>
          {status === "pending" && (
            <>
              <button
                ref={bulkAccept}
                type="button"
                disabled={!selectedShown.some(canAccept) || decide.isPending}
                onClick={() =>
                  act(
                    "accept",
                    selectedShown.filter(canAccept).map((c) => c.id),
                    { bulk: true },
                  )
                }
              >
                {t("bulk.accept", { count: selectedShown.filter(canAccept).length })} <kbd>{"A"}</kbd>
              </button>
              <button
                type="button"
                disabled={selectedShown.length === 0 || decide.isPending}
                onClick={() =>
                  act(
                    "reject",
                    selectedShown.map((c) => c.id),
                  )
                }
              >
                {t("bulk.reject", { count: selectedShown.length })} <kbd>{"R"}</kbd>
              </button>
            </>
          )}
        </p>
      )}
      {confirming?.bulk && confirmation}
      {shown.length === 0 ? (
        <p className="empty">{t(`empty.${status}`)}</p>
      ) : (
        <ol className="claims panel-items">
          {shown.map((c) => (
            <CandidateItem
              key={c.id}
              lng={lng}
              article={article}
              candidate={c}
              canEdit={canEdit}
              busy={decide.isPending}
              selected={selected.has(c.id)}
              acceptable={canAccept(c)}
              aspectId={aspectOf(c)}
              uncertain={uncertain(c, chosen[c.id])}
              confirmation={confirming && !confirming.bulk && confirming.ids[0] === c.id ? confirmation : null}
              onAspect={(aspectId) => setChosen((old) => ({ ...old, [c.id]: aspectId }))}
              onToggle={() => toggle(c.id)}
              onAct={(action) => act(action, [c.id])}
              onShowInText={() => onShowInText(c)}
              itemRef={(el) => {
                if (el) refs.current.set(c.id, el);
                else refs.current.delete(c.id);
                itemRef(c.id, el);
              }}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
