import type { NextRequest } from "next/server";
import { getAnnotation } from "@/lib/annotations/load";
import { containerResponse, headOf, ldJson, preferOf, protocolHeaders } from "@/lib/annotations/load-protocol";
import { createNote } from "@/lib/annotations/store-notes";
import { annotationInput } from "@/lib/annotations/w3c";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { requestOrigin } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";

// The W3C Web Annotation Protocol container: /api/annotations/ (?article= to narrow, ?page= for a page).
export const GET = apiRoute<Record<string, never>>(async (request, _params, lng) => {
  const prefer = preferOf(request.headers.get("prefer"));
  const result = await containerResponse(db, requestOrigin(request), request.nextUrl.searchParams, prefer);
  if (!result) return errorResponse(lng, "notFound");
  const headers: Record<string, string> = { ...result.headers, ETag: result.etag, "Content-Location": result.body.id };
  if (prefer !== "descriptions") headers["Preference-Applied"] = "return=representation";
  return ldJson(result.body, 200, headers);
});

export const HEAD = async (request: NextRequest, context: { params: Promise<Record<string, never>> }) =>
  headOf(await GET(request, context));

export const OPTIONS = () => ldJson(null, 200, protocolHeaders.container);

// POST a W3C annotation (commenting, tagging or assessing) of one article's span: 201 with Location.
export const POST = mutation({
  role: "editor",
  accepts: /^application\/(ld\+)?json\b/,
  input: annotationInput,
  handler: async ({ request, input, user }) => {
    const id = await createNote(db, input, user);
    const { annotation, etag } = (await getAnnotation(db, requestOrigin(request), id))!;
    return {
      body: annotation,
      status: 201,
      headers: { ...protocolHeaders.annotation, ETag: etag, Location: annotation.id },
    };
  },
});
