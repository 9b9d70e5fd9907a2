"use client";

import { useEffect } from "react";
import { openedOnCandidates } from "@/components/articles/candidates-link";
import { useT } from "@/i18n/client";

/** The panel's two lists as tabs: the claims and notes, and the candidate claims still pending. */
export function ViewTabs({
  view,
  onView,
  count,
  pending,
}: {
  view: "items" | "candidates";
  onView: (view: "items" | "candidates") => void;
  count: number;
  /** undefined until the candidates have loaded */
  pending: number | undefined;
}) {
  const { t } = useT("annotator");
  const { t: tc } = useT("candidates");
  // a link to the candidates (#candidates: the import report, the event page) opens this tab, once the
  // view kept from the last visit has been restored by the annotator's own effects
  useEffect(() => {
    if (!openedOnCandidates()) return;
    const timer = window.setTimeout(() => onView("candidates"));
    return () => window.clearTimeout(timer);
  }, [onView]);
  return (
    <div role="tablist" className="tabs" aria-labelledby="claims-heading">
      <button type="button" role="tab" aria-selected={view === "items"} onClick={() => onView("items")}>
        {t("panel.heading")} <span className="count">({count})</span>
      </button>
      <button type="button" role="tab" aria-selected={view === "candidates"} onClick={() => onView("candidates")}>
        {pending === undefined ? tc("tab") : tc("tabCount", { count: pending })} <kbd>{"c"}</kbd>
      </button>
    </div>
  );
}
