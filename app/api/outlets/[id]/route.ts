import { idParams } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { outletChange, updateOutlet } from "@/lib/server/outlets";

// PATCH (or a form's POST) /api/outlets/:id { name?, url?, lang?, country?, notes? }
const update = mutation({
  role: "editor",
  params: idParams,
  input: outletChange,
  handler: async ({ user, params, input, lng }) => {
    const outlet = await updateOutlet(db, params.id, input, user.id);
    return { body: { outlet }, notice: "outletSaved", location: `/${lng}/outlets` };
  },
});

export { update as PATCH, update as POST };
