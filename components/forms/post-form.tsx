import type { ReactNode } from "react";
import type { Lng } from "@/i18n/settings";
import { FormMemory } from "./form-memory";

/**
 * A form that posts to a mutating route handler. It works without JavaScript: the
 * handler answers 303 back to `returnTo` with a notice or an error, in `lng`.
 */
export function PostForm({
  action,
  lng,
  returnTo,
  className,
  remember,
  children,
}: {
  action: string;
  lng: Lng;
  returnTo: string;
  className?: string;
  /** keep what is typed for the tab's session under this name (see FormMemory) */
  remember?: string;
  children: ReactNode;
}) {
  return (
    <form method="post" action={action} className={className}>
      {remember && <FormMemory name={remember} posted />}
      <input type="hidden" name="lang" value={lng} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
    </form>
  );
}
