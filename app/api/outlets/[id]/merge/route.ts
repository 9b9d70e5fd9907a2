import { idParams } from "@/lib/domain/schemas";
import { mergeOutlet, outletMerge } from "@/lib/outlets/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";

// POST /api/outlets/:id/merge { into }: its articles move to `into`; its name becomes an alias there.
export const POST = mutation({
  role: "editor",
  params: idParams,
  input: outletMerge,
  handler: async ({ params, input, user }) => ({ body: await mergeOutlet(db, params.id, input.into, user.id) }),
});
