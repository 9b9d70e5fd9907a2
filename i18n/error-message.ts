import type { ErrorCode, ErrorValues } from "@/lib/refusal";
import { getT } from "./fixed";
import type { Lng } from "./settings";

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
