import type { PrismaClient } from "@/lib/db/client";

/** A verdict note on the claim whose quote starts so, stored as the note form stores one; returns the claim. */
export async function addVerdict(prisma: PrismaClient, quoteStart: string, value: string, modified?: string) {
  const claim = await prisma.claim.findFirstOrThrow({ where: { quote: { startsWith: quoteStart } } });
  await prisma.annotation.create({
    data: {
      motivation: "assessing",
      body: JSON.stringify([{ type: "TextualBody", value, purpose: "assessing" }]),
      articleId: claim.articleId,
      claimId: claim.id,
      exact: claim.quote,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      ...(modified && { modified: new Date(modified) }),
    },
  });
  return claim;
}
