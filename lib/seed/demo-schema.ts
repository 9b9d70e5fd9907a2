import { z } from "zod";
import { publicationDate } from "@/lib/domain/dates";
import { quantitySchema, vaguenesses } from "@/lib/domain/quantity";
import { aspectKind, claimKind, entityKind, lng, slug, stance } from "@/lib/domain/schemas";
import { relationKinds } from "@/lib/domain/vocabulary";

const file = z.string().regex(/^[\w.-]+\.txt$/);

/** A figure as the article states it; the range it is compared by follows (lib/domain/quantity.ts). */
const quantity = z
  .strictObject({
    low: z.number().finite(),
    high: z.number().finite(),
    vagueness: z.enum(vaguenesses).optional(),
    unit: z.string().min(1),
    counted: z.string().min(1),
    approximate: z.boolean(),
  })
  .refine((q) => q.low <= q.high, { message: "low must not exceed high" });

/** The figure and the range it is compared by, as the seed stores them. */
export const demoQuantity = (q: z.infer<typeof quantity>) =>
  quantitySchema.parse({
    stated: { low: q.low, high: q.high, vagueness: q.vagueness ?? null },
    unit: q.unit,
    counted: q.counted,
    approximate: q.approximate,
  });

/** A claim of the demo corpus, named by its article and its exact quote. */
const claimRef = z.strictObject({ article: file, quote: z.string().min(1) });

export const demoClaimSchema = z.object({
  article: file,
  event: slug,
  aspect: slug,
  kind: claimKind,
  stance,
  speaker: slug.nullable(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quantity: quantity.optional(),
});

/**
 * A demo article. Its publication date ("2019-03-26", or "2019-03" when the text allows only the
 * month) comes with what in the text dates it; an article the text does not date has neither.
 */
export const demoArticleSchema = z
  .strictObject({
    file,
    outlet: slug.nullable(),
    lang: lng,
    title: z.string().min(1),
    notes: z.string().nullable(),
    publishedAt: publicationDate.optional(),
    dateBasis: z.string().min(1).optional(),
  })
  .refine((a) => (a.publishedAt === undefined) === (a.dateBasis === undefined), {
    message: "publishedAt and dateBasis are given together",
    path: ["dateBasis"],
  });

/** The demo corpus as written in prisma/seed-data/demo.json. */
export const demoSchema = z.object({
  outlets: z.array(
    z.strictObject({ slug, name: z.string().min(1), lang: lng.nullable(), notes: z.string().nullable() }),
  ),
  articles: z.array(demoArticleSchema),
  events: z.array(
    z.object({
      slug,
      translations: z.array(z.object({ lang: lng, title: z.string().min(1), summary: z.string().nullable() })),
      articles: z.array(file),
      aspects: z.array(
        z.object({
          slug,
          kind: aspectKind,
          unit: z.string().nullable(),
          questions: z.record(lng, z.string().min(1)),
        }),
      ),
    }),
  ),
  entities: z.array(
    z.object({
      slug,
      kind: entityKind,
      names: z.array(
        z.object({ lang: z.union([lng, z.literal("und")]), name: z.string().min(1), primary: z.boolean() }),
      ),
    }),
  ),
  claims: z.array(demoClaimSchema),
  /** relations a journalist drew by hand between demo claims */
  relations: z.array(z.strictObject({ kind: z.enum(relationKinds), from: claimRef, to: claimRef })),
  annotations: z.array(
    z.object({
      article: file,
      motivation: z.enum(["commenting", "tagging", "assessing", "highlighting"]),
      claimQuote: z.string().min(1),
      body: z.array(z.record(z.string(), z.unknown())).min(1),
    }),
  ),
});

export type Demo = z.infer<typeof demoSchema>;
/** demo.json as written, before the schema reads it (a publication date is still text there) */
export type DemoJson = z.input<typeof demoSchema>;
export type DemoArticle = z.infer<typeof demoArticleSchema>;
export type DemoClaim = z.infer<typeof demoClaimSchema>;
