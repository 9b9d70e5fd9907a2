import Link from "next/link";
import { getT } from "@/i18n/fixed";
import type { Lng } from "@/i18n/settings";

/**
 * Links between the pages of a list: back to the first (or the previous) page, and on to the
 * next; nothing when the list has one page. `label` names the list for screen readers.
 */
export function Pager({
  lng,
  label,
  first,
  previous,
  next,
  landmark = true,
  children,
}: {
  lng: Lng;
  label: string;
  first?: string | null;
  previous?: string | null;
  next?: string | null;
  /** false for a second pager of the same list: one navigation landmark per list */
  landmark?: boolean;
  /** where the list stands, e.g. "Sources 6–10 of 400" */
  children?: React.ReactNode;
}) {
  const t = getT(lng, "common");
  if (!first && !previous && !next) return children ? <p className="pager">{children}</p> : null;
  const Wrapper = landmark ? "nav" : "div";
  return (
    <Wrapper className="pager" aria-label={landmark ? t("pager.label", { list: label }) : undefined}>
      {children && <span>{children}</span>}
      {first && <Link href={first}>{t("pager.first")}</Link>}
      {previous && (
        <Link href={previous} rel="prev">
          {t("pager.previous")}
        </Link>
      )}
      {next && (
        <Link href={next} rel="next">
          {t("pager.next")}
        </Link>
      )}
    </Wrapper>
  );
}
