import { describe, expect, it } from "vitest";
import { withTempDatabase } from "@/test/temp-database";
import { insertRows } from "./rows";

const { prisma } = withTempDatabase("rows");

describe("insertRows", () => {
  it("writes dates, booleans, missing columns and figures past 2^53 as Prisma reads them", async () => {
    const article = await prisma.article.create({
      data: {
        title: "Venezuela's debt",
        text: "Creditors put the claims against Venezuela at 2 quintillion bolívars, the ministry said.",
        contentHash: "rows-test",
        lang: "en",
      },
    });
    const createdAt = new Date("2019-03-24T12:30:00.000Z");
    await prisma.$transaction((tx) =>
      insertRows(
        tx,
        "Candidate",
        ["id", "articleId", "quote", "start", "end", "kind", "stance", "low", "high", "approximate", "createdAt"],
        [
          {
            id: "rows-1",
            articleId: article.id,
            quote: "2 quintillion bolívars",
            start: 46,
            end: 68,
            kind: "figure",
            stance: "reports",
            low: 2e18,
            high: 2e18,
            approximate: true,
            createdAt,
          },
        ],
      ),
    );
    expect(
      await prisma.candidate.findUniqueOrThrow({
        where: { id: "rows-1" },
        select: { quote: true, low: true, high: true, approximate: true, createdAt: true, unit: true, status: true },
      }),
    ).toEqual({
      quote: "2 quintillion bolívars",
      low: 2e18,
      high: 2e18,
      approximate: true,
      createdAt,
      unit: null,
      status: "pending",
    });
  });
});
