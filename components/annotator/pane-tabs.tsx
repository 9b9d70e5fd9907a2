"use client";

import { useEffect } from "react";
import { openedOnCandidates } from "@/components/articles/candidates-link";
import { useT } from "@/i18n/client";

export type Pane = "text" | "panel";

/** On a phone, the article's text and its claims panel as two tabs at the top (hidden on a wide screen, where both show). */
export function PaneTabs({ pane, onPane, count }: { pane: Pane; onPane: (pane: Pane) => void; count: number }) {
  const { t } = useT("annotator");
  // on a phone, a link to the candidates (#candidates) shows the panel they are listed in
  useEffect(() => {
    if (!openedOnCandidates()) return;
    const timer = window.setTimeout(() => onPane("panel"));
    return () => window.clearTimeout(timer);
  }, [onPane]);
  const tabs = [
    { id: "text", label: t("panes.text"), count: null },
    { id: "panel", label: t("panes.panel"), count },
  ] as const;
  return (
    <div role="tablist" className="tabs pane-tabs" aria-label={t("panes.label")}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`pane-${tab.id}-tab`}
          aria-controls={`pane-${tab.id}`}
          aria-selected={pane === tab.id}
          onClick={(event) => {
            onPane(tab.id);
            // the tabs go to the top of the screen, so the pane chosen starts in view below them
            event.currentTarget.parentElement?.scrollIntoView({ block: "start" });
          }}
        >
          {tab.label} {tab.count !== null && <span className="count">({tab.count})</span>}
        </button>
      ))}
    </div>
  );
}
