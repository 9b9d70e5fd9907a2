import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The boundary between a domain's pure logic and the server. In lib/<domain>/, only these files
// may read or write the database or use next/* and server-only code: its stores (`store*.ts`),
// its loaders (`load*.ts`), its command line (`cli.ts`) and its tests, plus the folders that are
// server code through and through. Every other file of a domain is pure: plain TypeScript that a
// unit test runs in milliseconds and the browser may import.
const serverFiles = [
  "lib/server/**",
  "lib/db/**",
  "lib/backup/**",
  "lib/seed/**",
  "lib/cli/**",
  "lib/generated/**",
  "lib/*/store.ts",
  "lib/*/store-*.ts",
  "lib/*/load.ts",
  "lib/*/load-*.ts",
  "lib/*/cli.ts",
  "lib/search/reindex.ts",
  "lib/**/*.test.ts",
];
const serverModules = {
  group: [
    "@/lib/server/*",
    "@/lib/db/*",
    "@/lib/backup/*",
    "@/lib/seed/*",
    "@/lib/cli/*",
    "@/lib/*/store",
    "@/lib/*/store-*",
    "@/lib/*/load",
    "@/lib/*/load-*",
    "@/lib/*/cli",
    "@/lib/search/reindex",
    "@/i18n/server",
    "./store",
    "./store-*",
    "./load",
    "./load-*",
    "./cli",
  ],
  allowTypeImports: true,
  message:
    "server code (a store, loader, command line or lib/server): import its types only, or move the value to a pure module",
};
const serverOnly = { name: "server-only", message: "a pure module or a component is not server-only" };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `typeof import("…")` types a module that a test imports after setting up its database.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ["lib/*/**/*.ts"],
    ignores: serverFiles,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [serverOnly],
          patterns: [
            serverModules,
            { group: ["next", "next/*"], message: "a pure module of a domain does not use the framework" },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { paths: [serverOnly], patterns: [serverModules] }],
    },
  },
  // Prettier owns layout; the rules that would fight it are off.
  prettier,
  globalIgnores([
    ".next/**",
    "next-env.d.ts",
    "lib/generated/**",
    "playwright-report/**",
    "test-results/**",
    "data/**",
  ]),
]);
