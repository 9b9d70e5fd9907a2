import type { NextRequest } from "next/server";
import { z } from "zod";
import { getAnnotation } from "@/lib/annotations/load";
import { headOf, ldJson, protocolHeaders } from "@/lib/annotations/load-protocol";
import { readOnlyAnnotation } from "@/lib/annotations/serialize";
import { deleteNote, updateNote } from "@/lib/annotations/store-notes";
import { annotationInput } from "@/lib/annotations/w3c";
import { annotationParams as params } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { requestOrigin } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";

// One annotation: a note's id, or claim-{id} for a claim and relation-{id} for a relation, read-only here.
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const found = await getAnnotation(db, requestOrigin(request), id);
  if (!found) return errorResponse(lng, "notFound");
  return ldJson(found.annotation, 200, {
    ...(readOnlyAnnotation(id) ? protocolHeaders.claim : protocolHeaders.annotation),
    ETag: found.etag,
  });
});

export const HEAD = async (request: NextRequest, context: { params: Promise<{ id: string }> }) =>
  headOf(await GET(request, context));

export const OPTIONS = async (_request: NextRequest, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  return ldJson(null, 200, readOnlyAnnotation(id) ? protocolHeaders.claim : protocolHeaders.annotation);
};

// PUT replaces a note; If-Match is honoured when sent (412 when stale). Returns the updated annotation.
export const PUT = mutation({
  role: "editor",
  params,
  accepts: /^application\/(ld\+)?json\b/,
  input: annotationInput,
  handler: async ({ request, params: { id }, input, user }) => {
    await updateNote(db, id, input, user, request.headers.get("if-match"));
    const { annotation, etag } = (await getAnnotation(db, requestOrigin(request), id))!;
    return { body: annotation, headers: { ...protocolHeaders.annotation, ETag: etag } };
  },
});

// DELETE a note: 204. It stays restorable (POST …/restore).
export const DELETE = mutation({
  role: "editor",
  params,
  input: z.strictObject({}),
  handler: async ({ request, params: { id }, user }) => {
    await deleteNote(db, id, user, request.headers.get("if-match"));
    return { body: null, status: 204 };
  },
});
