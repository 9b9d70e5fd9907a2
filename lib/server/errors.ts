import "server-only";
import { NextResponse } from "next/server";
import { errorMessage } from "@/i18n/error-message";
import type { Lng } from "@/i18n/settings";
import { Refusal, statusOf, type ErrorCode, type ErrorValues } from "@/lib/refusal";

export { errorMessage, Refusal, type ErrorCode, type ErrorValues };

/** A JSON refusal `{ error, code }` with its status; never a stack trace. */
export function errorResponse(lng: Lng, code: ErrorCode, values: ErrorValues = {}): NextResponse {
  const body = { error: errorMessage(lng, code, values), code, ...(values.details && { details: values.details }) };
  const response = NextResponse.json(body, { status: statusOf[code] });
  if (values.retryAfterSeconds) response.headers.set("Retry-After", String(values.retryAfterSeconds));
  return response;
}
