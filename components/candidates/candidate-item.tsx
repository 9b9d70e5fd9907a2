"use client";

import { useId, type ReactNode } from "react";
import { Via } from "@/components/layout/via";
import { useT } from "@/i18n/client";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import type { CandidateView } from "@/lib/candidates/store-decisions";
import { short } from "@/lib/text/short";
import { shortTextLang } from "@/lib/text/short-lang";
import { NEW_ASPECT, proposedChoice, proposedQuestion } from "./proposal";
import type { Action } from "./queue";

/**
 * One candidate of the queue: its words, what the extractor read in them, who decided it, and
 * for an editor the aspect its claim would go to (the one proposed for it, or a new aspect
 * proposed, changeable; said to be uncertain when it is) with Accept, Reject or Reopen, and
 * the question the queue asks before accepting it into an uncertain proposal.
 */
export function CandidateItem({
  lng,
  article,
  candidate: c,
  canEdit,
  busy,
  selected,
  acceptable,
  aspectId,
  uncertain,
  confirmation,
  onAspect,
  onToggle,
  onAct,
  onShowInText,
  itemRef,
}: {
  lng: Lng;
  article: ArticleDetail;
  candidate: CandidateView;
  canEdit: boolean;
  busy: boolean;
  selected: boolean;
  acceptable: boolean;
  aspectId: string;
  /** it would go to the aspect proposed for it, and the proposal is unsure */
  uncertain: boolean;
  confirmation: ReactNode;
  onAspect: (aspectId: string) => void;
  onToggle: () => void;
  onAct: (action: Action) => void;
  onShowInText: () => void;
  itemRef: (element: HTMLLIElement | null) => void;
}) {
  const { t } = useT("candidates");
  const { t: ta } = useT("articles");
  const aspects = article.events.flatMap((e) => e.aspects.map((a) => ({ ...a, event: e.title })));
  const fresh = c.suggestedAspect?.newAspect;
  const proposed = proposedChoice(c) === aspectId;
  const note = useId();
  // a reader without the choice sees what is proposed
  const viewed = !canEdit && c.status === "pending" ? proposedQuestion(c, article) : null;
  return (
    <li ref={itemRef} tabIndex={-1} data-id={c.id} className={`claim panel-item candidate candidate--${c.status}`}>
      <blockquote lang={article.lang}>
        <a href={`#cand-${c.id}`} aria-label={`${ta("showInText")}: ${c.quote}`} onClick={onShowInText}>
          <bdi>{c.quote}</bdi>
        </a>
      </blockquote>
      <p className="meta">
        <span className="badge">{ta(`kind.${c.kind}`)}</span>{" "}
        <bdi>{c.speaker?.name ?? c.speakerText ?? ta("outletVoice")}</bdi>
        <Via chain={c.reportedVia} label={ta} /> · {ta(`stance.${c.stance}`)}
        {c.quantity && <> · {formatFigure(lng, c.quantity)}</>}
        {c.quantity?.counted && (
          <span lang={shortTextLang(c.quantity.counted, article.lang)}> · {c.quantity.counted}</span>
        )}
      </p>
      {c.coveredBy && <p className="meta">{t("covered")}</p>}
      {c.decidedBy && (
        <p className="meta">{t(`decidedBy.${c.status}` as "decidedBy.accepted", { name: c.decidedBy.name })}</p>
      )}
      {c.claimId && (
        <p className="meta">
          <a href={`#claim-${c.claimId}`}>{t("claim")}</a>
        </p>
      )}
      {!canEdit && viewed && (
        <p className="meta">
          {uncertain ? t("proposal.label") : t("suggestedAspect")}
          {": "}
          <bdi>{viewed.isNew ? t("proposal.new", { question: viewed.question }) : viewed.question}</bdi>
        </p>
      )}
      {canEdit &&
        c.status === "pending" &&
        !c.coveredBy &&
        (aspects.length > 0 || (fresh && article.events.length > 0)) && (
          <>
            <label className="candidate-aspect">
              {proposed ? (uncertain ? t("proposal.label") : t("suggestedAspect")) : t("aspect")}
              <select
                value={aspectId}
                onChange={(e) => onAspect(e.target.value)}
                aria-describedby={uncertain ? note : undefined}
              >
                {fresh && (
                  <option dir="auto" value={NEW_ASPECT}>
                    {t("proposal.new", { question: fresh.question })}
                  </option>
                )}
                {aspects.map((a) => (
                  <option dir="auto" key={a.id} value={a.id}>
                    {article.events.length > 1 ? `${a.event}: ${a.question}` : a.question}
                  </option>
                ))}
              </select>
            </label>
            {uncertain && (
              <p id={note} className="meta candidate-uncertain">
                {t("proposal.uncertain")}
              </p>
            )}
          </>
        )}
      {canEdit && (
        <p className="item-actions">
          {c.status !== "accepted" && (
            <label>
              <input
                type="checkbox"
                checked={selected}
                onChange={onToggle}
                aria-label={t("select", { quote: short(c.quote) })}
              />
            </label>
          )}
          {c.status === "pending" && (
            <>
              <button
                type="button"
                disabled={!acceptable || busy}
                onClick={() => onAct("accept")}
                aria-label={t("acceptLabel", { quote: short(c.quote) })}
              >
                {t("accept")} <kbd>{"a"}</kbd>
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => onAct("reject")}
                aria-label={t("rejectLabel", { quote: short(c.quote) })}
              >
                {t("reject")} <kbd>{"r"}</kbd>
              </button>
            </>
          )}
          {c.status === "rejected" && (
            <button
              type="button"
              disabled={busy}
              onClick={() => onAct("reopen")}
              aria-label={t("reopenLabel", { quote: short(c.quote) })}
            >
              {t("reopen")} <kbd>{"r"}</kbd>
            </button>
          )}
        </p>
      )}
      {confirmation}
    </li>
  );
}
