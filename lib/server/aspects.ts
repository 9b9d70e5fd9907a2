import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { AuthUser } from "@/lib/auth/store";
import type { PrismaClient } from "@/lib/db/client";
import { aspectKind, id, lng, plainText } from "@/lib/domain/schemas";
import { uniqueSlug } from "@/lib/text/slug";
import { Refusal } from "./errors";

/** A new aspect of an event, its question written in the interface language. */
export const newAspect = z.strictObject({
  eventId: id,
  question: plainText(300).pipe(z.string().min(3)),
  kind: aspectKind,
  unit: z.string().trim().max(40).nullable().default(null),
  lang: lng,
});

export async function createAspect(db: PrismaClient, input: z.output<typeof newAspect>, user: AuthUser) {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: input.eventId },
      include: { aspects: { select: { slug: true, position: true } } },
    });
    if (!event) throw new Refusal("invalid", { fields: ["eventId"] });
    const slug = await uniqueSlug(input.question, "aspect", (s) => event.aspects.some((a) => a.slug === s));
    const aspect = await tx.aspect.create({
      data: {
        eventId: event.id,
        slug,
        kind: input.kind,
        unit: input.unit,
        position: Math.max(-1, ...event.aspects.map((a) => a.position)) + 1,
        translations: { create: { lang: input.lang, question: input.question } },
      },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: "create",
      entityType: "aspect",
      entityId: aspect.id,
      after: { slug, kind: input.kind, question: input.question, lang: input.lang },
    });
    return { id: aspect.id, slug, kind: aspect.kind, unit: aspect.unit, question: input.question };
  });
}
