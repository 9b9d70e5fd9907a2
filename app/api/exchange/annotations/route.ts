import { NextResponse } from "next/server";
import { z } from "zod";
import { parseAnnotations } from "@/lib/annotations/incoming";
import { annotationCollection } from "@/lib/annotations/load-exchange";
import { importAnnotations } from "@/lib/annotations/store-exchange";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/w3c";
import { db } from "@/lib/server/db";
import { errorResponse, Refusal } from "@/lib/server/errors";
import { mutation } from "@/lib/server/mutation";
import { requestOrigin, streamOf } from "@/lib/server/request";
import { apiRoute } from "@/lib/server/route";
import { MAX_ANNOTATION_FILE_BYTES } from "@/lib/uploads";

// GET /api/exchange/annotations[?event=ID][&quotes=0]: every claim, note and relation of an event
// (or of the corpus) as one W3C AnnotationCollection; quotes=0 leaves the quoted text out.
export const GET = apiRoute(async (request, _params, lng) => {
  const query = request.nextUrl.searchParams;
  const eventId = query.get("event") ?? undefined;
  const quotes = query.get("quotes") !== "0";
  const self = `${requestOrigin(request)}${request.nextUrl.pathname}${request.nextUrl.search}`;
  const collection = await annotationCollection(db, requestOrigin(request), self, { eventId, quotes });
  if (!collection) return errorResponse(lng, "notFound");
  const name = `parallax-${eventId ? `event-${eventId}` : "corpus"}${quotes ? "" : "-without-quotes"}.jsonld`;
  return new NextResponse(streamOf(collection.chunks), {
    headers: {
      "Content-Type": ANNO_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
});

// POST the bytes of a W3C Web Annotation document or a Hypothesis export: the annotations
// become notes on the stored articles (all or none), with a line per annotation in the answer.
export const POST = mutation({
  role: "editor",
  accepts: /^(application\/(ld\+)?json|application\/octet-stream|text\/)/,
  bytes: { max: MAX_ANNOTATION_FILE_BYTES },
  input: z.strictObject({}),
  handler: async ({ bytes, user }) => {
    let doc: unknown;
    try {
      doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch (error) {
      throw new Refusal("annotationsUnreadable", {
        details: [{ path: "(file)", message: error instanceof Error ? error.message : String(error) }],
      });
    }
    const parsed = parseAnnotations(doc);
    if (!parsed.ok) {
      throw new Refusal("annotationsUnreadable", { details: parsed.problems });
    }
    const result = await importAnnotations(db, parsed.items, parsed.skipped, user);
    return { body: { format: parsed.format, ...result } };
  },
});
