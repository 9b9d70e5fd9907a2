import { z } from "zod";
import { getT } from "@/i18n/server";
import { blankIsNull } from "@/lib/domain/schemas";
import { contentLanguages } from "@/lib/domain/vocabulary";
import { prepareFile } from "@/lib/import/pipeline";
import { reportResult, summarize } from "@/lib/import/report";
import { storeItems } from "@/lib/import/store";
import { db } from "@/lib/server/db";
import { mutation } from "@/lib/server/mutation";
import { MAX_FILE_BYTES } from "@/lib/uploads";

// POST the bytes of one file; its name and the import's options in the query string
// (name, language, outlet, event; lang= is the language of the messages).
// Answers 200 with a result per article the file holds (failures included), so a
// browser uploading many files reports each one as it comes back.
export const POST = mutation({
  role: "editor",
  accepts: /^(application\/octet-stream|text\/|application\/json)/,
  bytes: { max: MAX_FILE_BYTES },
  input: z.strictObject({
    name: z.string().trim().min(1).max(300),
    language: z.preprocess(blankIsNull, z.enum(contentLanguages).nullish()),
    outlet: z.preprocess(blankIsNull, z.string().trim().max(200).nullish()),
    event: z.preprocess(blankIsNull, z.string().trim().max(100).nullish()),
  }),
  handler: async ({ input, bytes, user, lng }) => {
    const items = await prepareFile(input.name, bytes, { lang: input.language, outlet: input.outlet });
    const results = await storeItems(db, items, { event: input.event, userId: user.id });
    const t = getT(lng, "import");
    return { body: { results: results.map((r) => reportResult(r, t)), summary: summarize(results) } };
  },
});
