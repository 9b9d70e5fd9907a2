import type { ReactNode } from "react";
import type { Lng } from "@/i18n/settings";

/**
 * A form that posts to a mutating route handler. It works without JavaScript: the
 * handler answers 303 back to `returnTo` with a notice or an error, in `lng`.
 */
export function PostForm({
  action,
  lng,
  returnTo,
  className,
  children,
}: {
  action: string;
  lng: Lng;
  returnTo: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="post" action={action} className={className}>
      <input type="hidden" name="lang" value={lng} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
    </form>
  );
}
