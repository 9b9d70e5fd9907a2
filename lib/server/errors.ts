import "server-only";
import { NextResponse } from "next/server";
import { getT } from "@/i18n/server";
import type { Lng } from "@/i18n/settings";
import { Refusal, statusOf, type ErrorCode, type ErrorValues } from "@/lib/refusal";

export { Refusal, type ErrorCode, type ErrorValues };

/** The message for a refusal in `lng`, with field names translated. */
export function errorMessage(lng: Lng, code: ErrorCode, values: ErrorValues = {}): string {
  const t = getT(lng, "common");
  const fields = values.fields?.map((f) => t(`fields.${f}` as "fields.email", { defaultValue: f })).join(", ");
  const count =
    values.count ?? (values.retryAfterSeconds === undefined ? undefined : Math.ceil(values.retryAfterSeconds / 60));
  const reason = values.reason
    ? t(`spanReasons.${values.reason}` as "spanReasons.empty", { defaultValue: values.reason })
    : undefined;
  return t(`errors.${code}`, { max: values.max, fields, count, reason });
}

/** A JSON refusal `{ error, code }` with its status; never a stack trace. */
export function errorResponse(lng: Lng, code: ErrorCode, values: ErrorValues = {}): NextResponse {
  const body = { error: errorMessage(lng, code, values), code, ...(values.details && { details: values.details }) };
  const response = NextResponse.json(body, { status: statusOf[code] });
  if (values.retryAfterSeconds) response.headers.set("Retry-After", String(values.retryAfterSeconds));
  return response;
}
