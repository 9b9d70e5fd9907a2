import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The boundary between a domain's pure logic and the server is a lint rule (eslint.config.mjs):
// planted imports, linted as if they stood at these paths, show where it holds.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("the pure/server boundary", { timeout: 60_000 }, () => {
  it("refuses the framework, the database and server-only code in a pure module of a domain", async () => {
    const planted = [
      'import { headers } from "next/headers";\nvoid headers;\n',
      'import { db } from "@/lib/server/db";\nvoid db;\n',
      'import "server-only";\n',
      'import { comparisonExport } from "./load";\nvoid comparisonExport;\n',
      'import { createClaim } from "@/lib/claims/store";\nvoid createClaim;\n',
    ];
    for (const code of planted) expect(await refusals("lib/comparison/planted.ts", code)).toHaveLength(1);
  });

  it("lets a domain's stores, loaders and command line use them", async () => {
    const code =
      'import "server-only";\nimport { headers } from "next/headers";\nimport { db } from "@/lib/server/db";\nvoid headers;\nvoid db;\n';
    for (const file of ["lib/comparison/load-planted.ts", "lib/claims/store.ts", "lib/import/cli.ts"])
      expect(await refusals(file, code)).toEqual([]);
  });

  it("lets a component import a server module's types but not its values", async () => {
    expect(
      await refusals("components/comparison/planted.tsx", 'import type { Comparison } from "@/lib/comparison/load";\n'),
    ).toEqual([]);
    expect(
      await refusals(
        "components/comparison/planted.tsx",
        'import { currentUser } from "@/lib/server/caller";\nvoid currentUser;\n',
      ),
    ).toHaveLength(1);
  });
});
