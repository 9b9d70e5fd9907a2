import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mutatingRoutes } from "./mutating-routes";

const apiDir = path.join(__dirname, "..", "..", "app", "api");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

const routes = routeFiles(apiDir).map((file) => ({
  path: `/api/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`,
  source: fs.readFileSync(file, "utf8"),
}));

/** The methods a route file exports: `export const POST = …` or `export { update as PATCH }`. */
function exportedMethods(source: string): string[] {
  const direct = [
    ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
  ].map((m) => m[1]!);
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(",")
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      )
      .filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name)),
  );
  return [...direct, ...renamed];
}

describe("the list of mutating routes", () => {
  it("names exactly the POST, PUT, PATCH and DELETE handlers under app/api", () => {
    const found = routes.flatMap((r) =>
      exportedMethods(r.source)
        .filter((m) => m !== "GET")
        .map((m) => `${m} ${r.path}`),
    );
    expect(found.sort()).toEqual(mutatingRoutes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it("has every one of them built by the one guard, mutation()", () => {
    for (const route of routes) {
      const writes = exportedMethods(route.source).filter((m) => m !== "GET");
      if (writes.length === 0) continue;
      expect(route.source, route.path).toMatch(/=\s*mutation\(\{/);
      // No hand-rolled handler next to it.
      expect(route.source, route.path).not.toMatch(/export\s+(async\s+)?function\s+(POST|PUT|PATCH|DELETE)/);
    }
  });

  it("has no server actions to miss: no 'use server' anywhere in the app", () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? e.name === "generated"
              ? []
              : walk(path.join(dir, e.name))
            : /\.tsx?$/.test(e.name)
              ? [path.join(dir, e.name)]
              : [],
        );
    const sources = ["app", "components", "lib"].flatMap((dir) => walk(path.join(__dirname, "..", "..", dir)));
    const withActions = sources.filter((file) => /^\s*["']use server["']/m.test(fs.readFileSync(file, "utf8")));
    expect(withActions).toEqual([]);
  });

  it("gives every write a role, and only sign-in and sign-out are open to anyone", () => {
    expect(mutatingRoutes.filter((r) => r.role === "public").map((r) => r.path)).toEqual([
      "/api/auth/sign-in",
      "/api/auth/sign-out",
    ]);
    for (const route of routes) {
      for (const entry of mutatingRoutes.filter((r) => r.path === route.path)) {
        expect(route.source, `${entry.method} ${entry.path}`).toContain(`role: "${entry.role}"`);
      }
    }
  });
});
