import { errorMessage } from "@/i18n/error-message";
import { getT } from "@/i18n/fixed";
import { enResources } from "@/i18n/resources";
import type { Lng } from "@/i18n/settings";
import { isErrorCode } from "@/lib/refusal";
import type { ErrorCode } from "@/lib/refusal";

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isNotice = (key: string | undefined): key is keyof typeof enResources.common.notices =>
  !!key && Object.hasOwn(enResources.common.notices, key);
const isField = (key: string): key is keyof typeof enResources.common.fields =>
  Object.hasOwn(enResources.common.fields, key);

/**
 * The outcome of the last form post, from the query the handler redirected to
 * (?notice=… or ?error=…). Only known messages and field names are shown, so a
 * crafted link cannot put its own words on the page.
 */
export function FormStatus({ lng, searchParams }: { lng: Lng; searchParams: SearchParams }) {
  const notice = first(searchParams.notice);
  const error = first(searchParams.error);
  if (isErrorCode(error)) {
    const fields = first(searchParams.fields)?.split(",").filter(isField);
    const retry = Number(first(searchParams.retry));
    const max = Number(first(searchParams.max));
    const message = errorMessage(lng, error as ErrorCode, {
      fields,
      retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : undefined,
      max: Number.isFinite(max) && max > 0 ? max : undefined,
    });
    return (
      <p className="form-status form-status--error" role="alert">
        {message}
      </p>
    );
  }
  if (isNotice(notice)) {
    return (
      <p className="form-status" role="status">
        {getT(lng, "common")(`notices.${notice}`)}
      </p>
    );
  }
  return null;
}
