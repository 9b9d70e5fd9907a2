import { getAnnotation } from "@/lib/annotations/load";
import { createNoteParts, noteParts } from "@/lib/annotations/store-notes";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { requestOrigin } from "@/lib/server/request";

// POST /api/notes { annotations: [1–3 W3C annotations] }: the parts of one note (comment, tags, verdict),
// saved all together or not at all. 201 with the stored annotations.
export const POST = mutation({
  role: "editor",
  input: noteParts,
  handler: async ({ request, input, user }) => {
    const ids = await createNoteParts(db, input.annotations, user);
    const stored = await Promise.all(ids.map((id) => getAnnotation(db, requestOrigin(request), id)));
    return { body: { annotations: stored.map((s) => s!.annotation) }, status: 201 };
  },
});
