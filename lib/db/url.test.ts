import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { databaseFile, databaseKind, databaseLabel, databaseUrl } from "./url";

describe("database location", () => {
  it("defaults to data/parallax.db under the working directory", () => {
    expect(databaseFile({})).toBe(path.resolve("data", "parallax.db"));
    expect(databaseUrl({})).toBe(`file:${path.resolve("data", "parallax.db")}`);
  });

  it("takes DATABASE_URL, relative or absolute", () => {
    expect(databaseFile({ DATABASE_URL: "file:./tmp/x.db" })).toBe(path.resolve("tmp", "x.db"));
    expect(databaseFile({ DATABASE_URL: "file:/var/lib/parallax.db" })).toBe("/var/lib/parallax.db");
  });

  it("takes a PostgreSQL URL as it is, and names its kind", () => {
    const url = "postgresql://parallax:s3cret@db.example.org:5432/parallax";
    expect([databaseUrl({ DATABASE_URL: url }), databaseKind(url)]).toEqual([url, "postgresql"]);
    expect(databaseKind("postgres://db/parallax")).toBe("postgresql");
    expect(databaseKind("file:/tmp/x.db")).toBe("sqlite");
    expect(databaseLabel({ DATABASE_URL: url })).toBe("postgresql://parallax:***@db.example.org:5432/parallax");
    expect(databaseLabel({ DATABASE_URL: "file:/var/lib/parallax.db" })).toBe("/var/lib/parallax.db");
  });

  it("refuses a URL of another database, a file on PostgreSQL, a server without a host, and an empty file", () => {
    expect(() => databaseUrl({ DATABASE_URL: "mysql://u:pw@db/parallax" })).toThrow(
      'DATABASE_URL must be a SQLite "file:" URL or a PostgreSQL "postgresql://" URL, got "mysql://u:***@db/parallax"',
    );
    expect(() => databaseFile({ DATABASE_URL: "postgres://db/parallax" })).toThrow(
      "DATABASE_URL names a PostgreSQL database, not a SQLite file",
    );
    expect(() => databaseUrl({ DATABASE_URL: "postgresql:///parallax" })).toThrow(
      "DATABASE_URL names no PostgreSQL host",
    );
    expect(() => databaseFile({ DATABASE_URL: "file:" })).toThrow(/names no file/);
  });
});

describe("readEnv", () => {
  it("defaults the port to 3000", () => {
    expect(readEnv({}).PORT).toBe(3000);
    expect(readEnv({ PORT: "4100" }).PORT).toBe(4100);
  });

  it("reads private mode as on only for PARALLAX_PRIVATE=1, and refuses other values", () => {
    expect(
      [readEnv({}), readEnv({ PARALLAX_PRIVATE: "0" }), readEnv({ PARALLAX_PRIVATE: "1" })].map(
        (e) => e.PARALLAX_PRIVATE,
      ),
    ).toEqual([false, false, true]);
    expect(() => readEnv({ PARALLAX_PRIVATE: "yes" })).toThrow(/Invalid environment:\n {2}PARALLAX_PRIVATE:/);
  });

  it("explains what is wrong", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(/Invalid environment:\n {2}PORT:/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a SQLite "file:" URL or a PostgreSQL/,
    );
  });
});
