import { getT } from "@/i18n/fixed";
import { formatNumber } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import type { Comparison, ComparisonAspect } from "@/lib/comparison/load";

/**
 * Under an aspect of the claims view or the timeline, which read across every source: "the first 60
 * of 7,000 claims", when the comparison shows fewer of the aspect's claims than the filters keep.
 */
export function FirstOf({ lng, data, aspect }: { lng: Lng; data: Comparison; aspect: ComparisonAspect }) {
  const shown = data.claims.filter((c) => c.aspectId === aspect.id).length;
  if (aspect.total <= shown) return null;
  return (
    <p className="muted">
      {getT(lng, "comparison")("views.firstOf", { shown: formatNumber(lng, shown), count: aspect.total })}
    </p>
  );
}
