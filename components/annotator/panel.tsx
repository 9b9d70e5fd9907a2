"use client";

import { Fragment } from "react";
import { Via } from "@/components/layout/via";
import { useT } from "@/i18n/client";
import { formatFigure } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { ArticleClaim } from "@/lib/articles/store";
import { short } from "@/lib/text/short";
import { shortTextLang } from "@/lib/text/short-lang";
import type { Item } from "./items";

export interface PanelFilters {
  kind: string;
  author: string;
}

/** The article's claims and notes in text order, filterable by kind and author. */
export function Panel({
  lng,
  articleLang,
  items,
  filters,
  onFilters,
  canEdit,
  onShowInText,
  onEdit,
  onNote,
  onVerdict,
  onDelete,
  onLink,
  onUnlink,
  itemRef,
  reviewed,
}: {
  lng: Lng;
  articleLang: string;
  items: Item[];
  filters: PanelFilters;
  onFilters: (filters: PanelFilters) => void;
  canEdit: boolean;
  onShowInText: (item: Item) => void;
  onEdit: (item: Item) => void;
  onNote: (item: Item) => void;
  onVerdict: (item: Item) => void;
  onDelete: (item: Item) => void;
  onLink: (claim: ArticleClaim) => void;
  onUnlink: (relationId: string) => void;
  itemRef: (key: string, element: HTMLLIElement | null) => void;
  /** claims that have a verdict, and so a ClaimReview */
  reviewed: Set<string>;
}) {
  const { t } = useT("annotator");
  const { t: ta } = useT("articles");
  const { t: tc } = useT("comparison");
  const kinds = [...new Set(items.map((i) => i.filterKind))];
  const authors = [
    ...new Map(items.flatMap((i) => (i.author ? [[i.author.id, i.author.name] as const] : []))).entries(),
  ];
  const shown = items.filter(
    (i) =>
      (filters.kind === "all" || i.filterKind === filters.kind) &&
      (filters.author === "all" || i.author?.id === filters.author),
  );
  return (
    <>
      <div className="panel-filters">
        <div className="field">
          <label htmlFor="panel-kind">{t("panel.filterKind")}</label>
          <select
            id="panel-kind"
            value={filters.kind}
            onChange={(e) => onFilters({ ...filters, kind: e.target.value })}
          >
            <option value="all">{t("panel.all")}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}` as "kinds.commenting")}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="panel-author">{t("panel.filterAuthor")}</label>
          <select
            id="panel-author"
            value={filters.author}
            onChange={(e) => onFilters({ ...filters, author: e.target.value })}
          >
            <option value="all">{t("panel.anyone")}</option>
            {authors.map(([id, name]) => (
              <option dir="auto" key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="empty">{t("panel.empty")}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t("panel.none")}</p>
      ) : (
        <ol className="claims panel-items">
          {shown.map((item) => (
            <li
              key={item.key}
              ref={(el) => itemRef(item.key, el)}
              tabIndex={-1}
              data-key={item.key}
              className={`claim panel-item panel-item--${item.type}`}
            >
              <blockquote lang={articleLang}>
                {item.start === null ? (
                  <bdi className="muted">{item.quote}</bdi>
                ) : (
                  <a
                    href={`#${item.key}`}
                    aria-label={`${ta("showInText")}: ${item.quote}`}
                    onClick={() => onShowInText(item)}
                  >
                    <bdi>{item.quote}</bdi>
                  </a>
                )}
              </blockquote>
              {item.type === "claim" ? (
                <p className="meta">
                  <span className="badge">{ta(`kind.${item.claim.kind}`)}</span>{" "}
                  <bdi>{item.claim.speaker?.name ?? item.claim.speakerText ?? ta("outletVoice")}</bdi>
                  <Via chain={item.claim.reportedVia} label={ta} /> · {ta(`stance.${item.claim.stance}`)}
                  {item.claim.quantity && <> · {formatFigure(lng, item.claim.quantity)}</>}
                  {item.claim.aspect && (
                    <span className="aspect-ref">
                      {" · "}
                      <bdi>{item.claim.aspect.question}</bdi>
                    </span>
                  )}
                </p>
              ) : (
                <p className="meta">
                  <span className="badge">{t(`motivation.${item.note.motivation}`)}</span>{" "}
                  {item.note.motivation === "assessing"
                    ? item.note.bodies
                        .map((b) => t(`verdicts.${b.value}` as "verdicts.false", { defaultValue: b.value }))
                        .join(", ")
                    : // what people wrote, each in its own language: as sent, else as its letters tell
                      item.note.bodies.map((b, i) => (
                        <Fragment key={i}>
                          {i > 0 && ", "}
                          <bdi lang={b.language ?? (shortTextLang(b.value, articleLang) || undefined)}>{b.value}</bdi>
                        </Fragment>
                      ))}
                  {item.note.orphaned && <span className="badge badge--alert">{t("panel.orphaned")}</span>}
                </p>
              )}
              <p className="meta">{item.author ? t("panel.by", { name: item.author.name }) : t("panel.demo")}</p>
              {item.type === "claim" && item.claim.relations.length > 0 && (
                <ul className="claim-relations" aria-label={t("relations.heading")}>
                  {item.claim.relations.map((r) => (
                    <li key={r.id}>
                      <span className="badge">
                        {tc(`relation.${r.direction === "out" ? "kinds" : "incoming"}.${r.kind}`)}
                      </span>{" "}
                      <a href={`/${lng}/articles/${r.other.articleId}#claim-${r.other.id}`} lang={r.other.lang}>
                        <bdi>{short(r.other.quote)}</bdi>
                      </a>{" "}
                      <span className="muted">
                        · <bdi>{r.other.source}</bdi>
                      </span>
                      {canEdit && (
                        <>
                          {" "}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onUnlink(r.id)}
                            aria-label={t("actions.unlinkLabel", { quote: short(r.other.quote) })}
                          >
                            {t("actions.unlink")}
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {canEdit && (
                <p className="item-actions">
                  <button
                    type="button"
                    onClick={() => onEdit(item)}
                    aria-label={t("actions.editLabel", { quote: short(item.quote) })}
                  >
                    {t("actions.edit")}
                  </button>
                  {item.type === "claim" && item.claim.eventId && (
                    <button
                      type="button"
                      onClick={() => onLink(item.claim)}
                      aria-label={t("actions.linkLabel", { quote: short(item.quote) })}
                    >
                      {t("actions.link")}
                    </button>
                  )}
                  {item.type === "claim" && (
                    <button
                      type="button"
                      onClick={() => onNote(item)}
                      aria-label={t("actions.noteLabel", { quote: short(item.quote) })}
                    >
                      {t("actions.note")}
                    </button>
                  )}
                  {item.type === "claim" && (
                    <button
                      type="button"
                      onClick={() => onVerdict(item)}
                      aria-label={t("actions.verdictLabel", { quote: short(item.quote) })}
                    >
                      {t("actions.verdict")}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => onDelete(item)}
                    aria-label={t("actions.deleteLabel", { quote: short(item.quote) })}
                  >
                    {t("actions.delete")}
                  </button>
                </p>
              )}
              {item.type === "claim" && reviewed.has(item.claim.id) && (
                <p className="meta">
                  <a href={`/api/claims/${item.claim.id}/review?lang=${lng}`}>{t("review")}</a>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
