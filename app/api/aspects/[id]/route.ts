import { idParams } from "@/lib/domain/schemas";
import { aspectChange, aspectDeletion, deleteAspect, updateAspect } from "@/lib/events/store-aspects";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// PATCH /api/aspects/:id { question?: { en?, uk?, ru? }, kind?, unit?, position? }
export const PATCH = mutation({
  role: "editor",
  params: idParams,
  input: aspectChange,
  handler: async ({ params, input, user }) => ({ body: { aspect: await updateAspect(db, params.id, input, user) } }),
});

// DELETE /api/aspects/:id { moveTo? }: an aspect with claims needs `moveTo`, the aspect they move to.
export const DELETE = mutation({
  role: "editor",
  params: idParams,
  input: aspectDeletion,
  handler: async ({ params, input, user }) => ({ body: await deleteAspect(db, params.id, input.moveTo, user) }),
});
