import { describe, expect, it } from "vitest";
import { prepareFile } from "@/lib/import/pipeline";
import { storeItems } from "@/lib/import/store";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { isNewCorpus } from "./onboarding";

const { prisma } = withTempDatabase("onboarding");

describe("isNewCorpus", () => {
  it("is true for an empty corpus and for the demo alone, false once the team adds an event or an article", async () => {
    expect(await isNewCorpus(prisma)).toBe(true);
    await seedDemoCorpus(prisma);
    expect(await isNewCorpus(prisma)).toBe(true);

    const event = await prisma.event.create({ data: { slug: "cuban-advisers-2019" } });
    expect(await isNewCorpus(prisma)).toBe(false);
    await prisma.event.delete({ where: { id: event.id } });
    expect(await isNewCorpus(prisma)).toBe(true);

    const text = "Лавров заявив, що близько 300 радників залишили Каракас у неділю.\n\nМЗС цього не підтвердило.";
    await storeItems(prisma, await prepareFile("advisers.txt", Buffer.from(text, "utf8"), {}), { userId: null });
    expect(await isNewCorpus(prisma)).toBe(false);
  }, 30_000); // seeds the demo corpus, candidates and all
});
