import { NextResponse } from "next/server";
import { candidateDecision, decideCandidates, listCandidates } from "@/lib/candidates/store-decisions";
import { candidateStatus, idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { errorResponse } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { apiRoute } from "@/lib/server/route";

const statusParam = candidateStatus.optional();

// GET /api/articles/:id/candidates?status=pending|accepted|rejected&lang=: the extractor's proposals, in text order;
// each pending one with `suggestedAspect`: { aspectId, confidence } or { newAspect: { question, kind, unit },
// confidence } (the question in `lang`), confidence "high" or "low", or null (lib/candidates/aspect.ts).
export const GET = apiRoute<{ id: string }>(async (request, { id }, lng) => {
  const status = statusParam.safeParse(request.nextUrl.searchParams.get("status") ?? undefined);
  if (!status.success) return errorResponse(lng, "invalid", { fields: ["status"] });
  const list = await listCandidates(db, id, lng, status.data);
  return list ? NextResponse.json(list) : errorResponse(lng, "notFound");
});

// POST /api/articles/:id/candidates { action: accept|reject|reopen, ids, eventId?, aspectId?, aspects?, newAspects? }:
// all or nothing; `newAspects` gives a candidate a new aspect of the event { question, kind, unit, lang }.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: candidateDecision,
  handler: async ({ params, input, user, lng }) => {
    const decided = await decideCandidates(db, params.id, input, user);
    return { body: { ...decided, ...(await listCandidates(db, params.id, lng)) } };
  },
});
