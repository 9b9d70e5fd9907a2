import "server-only";
import { after, NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { isLng, type Lng } from "@/i18n/settings";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/store";
import { refreshProposals } from "@/lib/relations/store-proposals";
import { db } from "./db";
import { errorResponse, Refusal, type ErrorValues } from "./errors";
import { hasBearer, isCrossSite, isForm, localPath, readBody, readBytes, refererPath, seeOther } from "./request";
import { apiLanguage, callerOf, unauthenticated } from "./request";

/** Fields of a write that are about the request, not its input. */
const ENVELOPE = ["lang", "returnTo"];

export interface Outcome {
  /** JSON answer for API callers; null for an empty response (204) */
  body: unknown;
  status?: number;
  /** extra response headers (ETag, Location, Link…); Content-Type too, to answer in another JSON type */
  headers?: Record<string, string>;
  /** message key under common:notices, shown after a form post */
  notice?: string;
  /** where a form post goes next (a local path); the form's returnTo otherwise */
  location?: string;
  /** sets or clears cookies on whichever response goes back */
  cookies?: (response: NextResponse) => void;
}

export interface MutationContext<I, P, U> {
  request: NextRequest;
  params: P;
  /** the caller; null only for "public" mutations */
  user: U;
  input: I;
  lng: Lng;
  /** the raw body, for mutations that take a file (`bytes`); empty otherwise */
  bytes: Uint8Array;
}

/**
 * The one way to write: every mutating route handler is made by this function. In
 * order, it refuses cross-site requests (unless a Bearer token authenticates them), finds the caller (Bearer token or session
 * cookie) and checks the role, and only then reads and validates the body with zod.
 * HTML forms get a 303 back to their page with a notice or an error code; API
 * callers get JSON, or `{ error, code }` with the matching status. Messages are in
 * the caller's language and never carry a stack trace.
 */
export function mutation<
  S extends z.ZodType,
  R extends Role | "public",
  PS extends z.ZodType = z.ZodObject<Record<string, never>>,
>(spec: {
  role: R;
  /** the route's dynamic segments, such as { id } */
  params?: PS;
  /** content types the body may have (415 otherwise); JSON and forms by default */
  accepts?: RegExp;
  /** the body is a file of at most this many bytes, passed as `bytes`; `input` then comes from the query string */
  bytes?: { max: number };
  input: S;
  handler: (
    ctx: MutationContext<z.output<S>, z.output<PS>, R extends "public" ? AuthUser | null : AuthUser>,
  ) => Promise<Outcome>;
}) {
  const route = async (request: NextRequest, context: { params: Promise<unknown> }): Promise<NextResponse> => {
    const language = apiLanguage(request);
    let lng: Lng = language.lng;
    let returnTo: string | null = null;
    const form = isForm(request);
    try {
      if (language.refusal) throw language.refusal;
      // A session cookie rides along on any cross-site request; a Bearer token is sent only by
      // a client that holds it (and then the cookie is not read), so it may write from elsewhere.
      if (isCrossSite(request.headers) && !hasBearer(request.headers)) throw new Refusal("crossSite");
      const caller = await callerOf(request);
      if (spec.role !== "public") {
        if (!caller.user) throw unauthenticated(caller);
        if (!hasRole(caller.user.role, spec.role)) throw new Refusal("forbidden");
      }
      if (spec.accepts && !spec.accepts.test(request.headers.get("content-type") ?? ""))
        throw new Refusal("unsupportedMediaType");
      const bytes = spec.bytes ? await readBytes(request, spec.bytes.max) : new Uint8Array();
      const body = spec.bytes ? Object.fromEntries(request.nextUrl.searchParams) : await readBody(request);
      // The envelope every write may carry: the answer's language, and where a form goes back to.
      // A schema may ask for `lang` itself (an aspect's question is in it); otherwise it is left out.
      const { lang, returnTo: back, ...fields } = body;
      if (isLng(lang)) lng = lang;
      returnTo = localPath(back);
      // The envelope is left out only when it is all that the schema refused: a schema that asks for
      // `lang` itself (an outlet's, an article's language) refuses a wrong one.
      const full = spec.input.safeParse(body);
      const onlyEnvelope = full.error?.issues.every(
        (i) => i.code === "unrecognized_keys" && i.keys.every((k) => ENVELOPE.includes(k)),
      );
      const parsed = onlyEnvelope ? spec.input.safeParse(fields) : full;
      if (!parsed.success) {
        const issues = full.error!.issues.flatMap((i): z.core.$ZodIssue[] => {
          if (i.code !== "unrecognized_keys") return [i];
          const keys = i.keys.filter((k) => !ENVELOPE.includes(k));
          return keys.length ? [{ ...i, keys, message: `unknown fields: ${keys.join(", ")}` }] : [];
        });
        throw new Refusal("invalid", {
          fields: [
            ...new Set(
              issues.flatMap((i) => (i.code === "unrecognized_keys" ? i.keys : [String(i.path[0] ?? "input")])),
            ),
          ],
          details: issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message })),
        });
      }
      const params = (spec.params ?? z.object({})).safeParse((await context?.params) ?? {});
      if (!params.success) throw new Refusal("notFound");
      const outcome = await spec.handler({
        request,
        params: params.data as z.output<PS>,
        user: caller.user as AuthUser,
        input: parsed.data,
        lng,
        bytes,
      });
      const response = form
        ? seeOther(outcome.location ?? returnTo ?? `/${lng}`, { notice: outcome.notice })
        : outcome.body === null
          ? new NextResponse(null, { status: outcome.status ?? 204, headers: outcome.headers })
          : NextResponse.json(outcome.body, { status: outcome.status ?? 200, headers: outcome.headers });
      outcome.cookies?.(response);
      if (spec.role !== "public") keepCurrent();
      return response;
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal("internal");
      if (!(error instanceof Refusal)) console.error(`${request.method} ${request.nextUrl.pathname} failed`, error);
      if (form && returnTo) return seeOther(returnTo, { error: refusal.code, ...formValues(refusal.values) });
      if (form && refusal.code === "unauthenticated") {
        // A form from a page whose session has ended: sign in, then come back to that page.
        const next = refererPath(request);
        return seeOther(`/${lng}/sign-in`, { error: refusal.code, next: next ?? undefined });
      }
      return errorResponse(lng, refusal.code, refusal.values);
    }
  };
  // The spec stays readable on the handler, so that a test can walk every write's input schema.
  return Object.assign(route, { spec });
}

/**
 * How many stale aspects' proposals a write computes once its answer has gone: what one write makes
 * stale (its claim's aspect, a denial's). Aspects never computed (a database just migrated or
 * restored) are left to `npm run proposals` and to each event's first read, not to every write.
 */
const AFTER_WRITE = 4;

/**
 * Stored work that writes make stale (relation proposals) is done again once the answer has gone,
 * so that an editor's next page finds it done; whatever is left, that page's read does.
 */
function keepCurrent() {
  try {
    after(() =>
      refreshProposals(db, { written: true, limit: AFTER_WRITE }).catch((error) =>
        console.error("Proposals not refreshed", error),
      ),
    );
  } catch {
    // outside a request (a test calling the handler): the next read computes them
  }
}

const formValues = (values: ErrorValues): Record<string, string | undefined> => ({
  reason: values.reason,
  fields: values.fields?.join(","),
  retry: values.retryAfterSeconds?.toString(),
  max: values.max?.toString(),
});
