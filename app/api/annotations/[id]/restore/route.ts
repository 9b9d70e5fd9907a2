import { z } from "zod";
import { annotationParams } from "@/lib/domain/schemas";
import { protocolHeaders } from "@/lib/server/annotation-protocol";
import { getAnnotation } from "@/lib/server/annotations";
import { db } from "@/lib/server/db";
import { requestOrigin } from "@/lib/server/http";
import { mutation } from "@/lib/server/mutation";
import { restoreNote } from "@/lib/server/notes";

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
