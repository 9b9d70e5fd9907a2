import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { withTempDatabase } from "@/test/temp-database";

const { prisma } = withTempDatabase("client");

/** Runs test/read-then-write.ts in its own process; resolves with its exit code and errors. */
function readThenWrite(id: string, label: string, waitMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      "--import",
      "tsx",
      "test/read-then-write.ts",
      process.env.DATABASE_URL!,
      id,
      label,
      String(waitMs),
    ]);
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the database client", () => {
  it("makes two processes' read-then-write transactions take turns instead of failing or losing a write", async () => {
    const outlet = await prisma.outlet.create({ data: { slug: "lock-test", name: "Before" } });
    // Both read, then write while the other's transaction is still open.
    const results = await Promise.all([readThenWrite(outlet.id, "A", 400), readThenWrite(outlet.id, "B", 400)]);
    expect(results).toEqual([
      { code: 0, stderr: "" },
      { code: 0, stderr: "" },
    ]);
    const { name } = await prisma.outlet.findUniqueOrThrow({ where: { id: outlet.id } });
    expect(["Before → A → B", "Before → B → A"]).toContain(name);
  }, 30_000);
});
