import { beforeAll, describe, expect, it } from "vitest";
import { etagOf } from "@/lib/annotations/etag";
import { annotationInput } from "@/lib/annotations/w3c";
import type { AuthUser } from "@/lib/auth/store";
import { Refusal } from "@/lib/refusal";
import { seedDemoCorpus } from "@/lib/seed/seed";
import { withTempDatabase } from "@/test/temp-database";
import { createNote, createNoteParts, deleteNote, restoreNote, updateNote } from "./store-notes";

const { prisma } = withTempDatabase("notes");
let source = "";
let user: AuthUser;

beforeAll(async () => {
  await seedDemoCorpus(prisma);
  const article = await prisma.article.findFirstOrThrow({ where: { title: { startsWith: "Диктатор" } } });
  source = `http://parallax.test/api/articles/${article.id}`;
  const row = await prisma.user.create({ data: { email: "notes@example.org", name: "Notes", role: "editor" } });
  user = { ...row, via: "session" };
}, 60_000);

const note = (motivation: string, value: string, exact = "Візит планується") =>
  annotationInput.parse({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation,
    body: { type: "TextualBody", value },
    target: { source, selector: { type: "TextQuoteSelector", exact } },
  });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof Refusal ? e.code : e),
  );

describe("notes", () => {
  it("are anchored by their quote and keep their bodies", async () => {
    const id = await createNote(prisma, note("commenting", "Песков не називає дат"), user);
    const row = await prisma.annotation.findUniqueOrThrow({ where: { id } });
    expect([row.exact, row.motivation, JSON.parse(row.body)]).toEqual([
      "Візит планується",
      "commenting",
      [{ type: "TextualBody", value: "Песков не називає дат", purpose: "commenting" }],
    ]);
  });

  it("change only when If-Match names their current ETag (412 otherwise), and without it at all", async () => {
    const id = await createNote(prisma, note("commenting", "перша версія"), user);
    expect(await codeOf(updateNote(prisma, id, note("commenting", "друга"), user, '"stale"'))).toBe(
      "preconditionFailed",
    );
    await updateNote(prisma, id, note("commenting", "друга"), user, `W/${etagOf(id, 1)}`);
    await updateNote(prisma, id, note("commenting", "третя"), user, null);
    expect(await codeOf(deleteNote(prisma, id, user, etagOf(id, 2)))).toBe("preconditionFailed");
    await deleteNote(prisma, id, user, `"other", ${etagOf(id, 3)}`);
    const row = await prisma.annotation.findUniqueOrThrow({ where: { id } });
    expect([JSON.parse(row.body)[0].value, row.version, row.deletedAt !== null]).toEqual(["третя", 4, true]);
    expect(await codeOf(updateNote(prisma, id, note("commenting", "після"), user, "*"))).toBe("notFound");
    await restoreNote(prisma, id, user);
    expect((await prisma.annotation.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("refuse a claim's id: claims change through their own routes", async () => {
    expect(await codeOf(updateNote(prisma, "claim-x", note("commenting", "x"), user, null))).toBe("notAllowed");
    expect(await codeOf(deleteNote(prisma, "claim-x", user, null))).toBe("notAllowed");
  });

  it("save the parts of one note all together, or none of them when one is refused", async () => {
    const before = await prisma.annotation.count();
    const ids = await createNoteParts(prisma, [note("commenting", "коментар"), note("tagging", "Кремль")], user);
    expect(ids).toHaveLength(2);
    expect(await prisma.annotation.count()).toBe(before + 2);
    const refused = createNoteParts(
      prisma,
      [note("tagging", "Песков"), note("commenting", "x", "немає такої цитати")],
      user,
    );
    expect(await codeOf(refused)).toBe("badSpan");
    expect(await prisma.annotation.count()).toBe(before + 2);
  });
});
