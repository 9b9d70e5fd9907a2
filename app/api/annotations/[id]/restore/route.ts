import { z } from "zod";
import { protocolHeaders } from "@/lib/server/annotation-protocol";
import { restoreNote } from "@/lib/server/annotations";
import { requestOrigin } from "@/lib/server/api";
import { mutation } from "@/lib/server/mutation";

// POST /api/annotations/:id/restore: undoes a delete.
export const POST = mutation({
  role: "editor",
  params: z.object({ id: z.string().min(1).max(80) }),
  input: z.object({}),
  handler: async ({ request, params: { id }, user }) => {
    const { annotation, etag } = await restoreNote(requestOrigin(request), id, user);
    return { body: annotation, headers: { ...protocolHeaders.annotation, ETag: etag } };
  },
});
