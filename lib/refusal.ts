/** Every refusal the server gives, with its HTTP status. Messages are `common:errors.<code>`. */
export const statusOf = {
  notFound: 404,
  badLang: 400,
  internal: 500,
  unauthenticated: 401,
  badToken: 401,
  invalidCredentials: 401,
  disabled: 403,
  forbidden: 403,
  crossSite: 403,
  tooLarge: 413,
  malformed: 400,
  invalid: 400,
  wrongPassword: 400,
  passwordMismatch: 400,
  emailTaken: 409,
  lastAdmin: 409,
  tokenLimit: 409,
  conflict: 409,
  overlap: 409,
  alreadyDecided: 409,
  alreadyInEvent: 409,
  aspectNotEmpty: 409,
  titleRequired: 400,
  dateRange: 400,
  mergeSelf: 400,
  nameTaken: 409,
  relationSelf: 400,
  relationOtherEvent: 400,
  relationNested: 400,
  relationExists: 409,
  claimDeleted: 409,
  annotationsUnreadable: 400,
  annotationsUnmatched: 422,
  badSpan: 400,
  notAllowed: 405,
  preconditionFailed: 412,
  unsupportedMediaType: 415,
  rateLimited: 429,
  noFileBackup: 409,
} as const;
export type ErrorCode = keyof typeof statusOf;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(statusOf, value);
}

/** Values a message may carry: field names for `invalid`, the wait for `rateLimited`, the size limit (KiB) for `tooLarge`. */
export type ErrorValues = {
  fields?: string[];
  retryAfterSeconds?: number;
  max?: number;
  reason?: string;
  /** how many things stand in the way (claims still in an aspect) */
  count?: number;
  /** for API callers: each problem with its full path, as the validator put it */
  details?: { path: string; message: string }[];
};

/** Thrown by server code to refuse with a translated message; the write's transaction rolls back. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly values: ErrorValues = {},
  ) {
    super(code);
  }
}
