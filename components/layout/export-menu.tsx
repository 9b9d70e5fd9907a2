import type { TFunction } from "i18next";
import type { Lng } from "@/i18n/settings";

export interface ExportLink {
  href: string;
  label: string;
  /** false for a link to a page rather than a file */
  download?: boolean;
  /** what fills it, when that is not plain */
  hint?: string;
}

/**
 * The open-data downloads of an event, or of the whole corpus when no event is given:
 * W3C Web Annotations with and without quoted text, the ClaimReview feed, and for
 * administrators the way to the whole database.
 */
export function openDataLinks(t: TFunction<"common">, lng: Lng, eventId: string | null, admin: boolean): ExportLink[] {
  const collection = `/api/exchange/annotations?${eventId ? `event=${encodeURIComponent(eventId)}&` : ""}`;
  return [
    { href: `${collection}lang=${lng}`, label: t("export.w3c") },
    { href: `${collection}quotes=0&lang=${lng}`, label: t("export.w3cNoQuotes") },
    {
      href: eventId
        ? `/api/events/${encodeURIComponent(eventId)}/claim-reviews?lang=${lng}`
        : `/api/claim-reviews?lang=${lng}`,
      label: t("export.claimReview"),
      hint: t("export.claimReviewHint"),
    },
    ...(admin ? [{ href: `/${lng}/admin/data`, label: t("export.backup"), download: false }] : []),
  ];
}

/**
 * A menu of downloads: a disclosure (summary and list), so it opens with a click, Enter
 * or Space, and its links are reached with Tab. Renders the same on the server and in a
 * client island.
 */
export function ExportMenu({ label, menu, links }: { label: string; menu: string; links: ExportLink[] }) {
  return (
    <details className="export-menu">
      <summary aria-label={label}>{menu}</summary>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download={link.download === false ? undefined : true}>
              {link.label}
            </a>
            {link.hint && <span className="muted export-hint">{link.hint}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
