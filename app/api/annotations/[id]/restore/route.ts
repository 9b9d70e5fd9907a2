import { z } from "zod";
import { getAnnotation } from "@/lib/annotations/load";
import { protocolHeaders } from "@/lib/annotations/load-protocol";
import { restoreNote } from "@/lib/annotations/store-notes";
import { annotationParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { requestOrigin } from "@/lib/server/request";

// POST /api/annotations/:id/restore: undoes a delete.
export const POST = mutation({
  role: "editor",
  params: annotationParams,
  input: z.strictObject({}),
  handler: async ({ request, params: { id }, user }) => {
    await restoreNote(db, id, user);
    const { annotation, etag } = (await getAnnotation(db, requestOrigin(request), id))!;
    return { body: annotation, headers: { ...protocolHeaders.annotation, ETag: etag } };
  },
});
