import { describe, expect, it } from "vitest";
import { withTempDatabase } from "@/test/temp-database";
import { runUserCli } from "./cli";
import { findTokenUser, signIn } from "./store";

const { prisma } = withTempDatabase("cli");

async function run(args: string, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUserCli(prisma, args.split(" ").filter(Boolean), {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run user", () => {
  it("says so when the database has no users yet, apart from the list, which stays empty", async () => {
    expect(await run("list")).toEqual({
      code: 0,
      out: "",
      err: "No users in this database yet. Make the first administrator with: npm run user -- create --email ADDRESS --role admin",
    });
  });

  it("creates users, with the password from an option or from stdin", async () => {
    const admin = await run("create --email Chief@Example.org --role admin --name Chief --password correct-horse-1");
    expect(admin).toMatchObject({ code: 0, err: "" });
    expect(admin.out).toMatch(/^Created admin chief@example\.org \(\w+\)\.$/);
    expect(await run("create --email ed@example.org --role editor", "from stdin 123\n")).toMatchObject({ code: 0 });
    const address = "127.0.0.1";
    expect(await signIn(prisma, { email: "ed@example.org", password: "from stdin 123", address })).toMatchObject({
      ok: true,
    });
    expect(await signIn(prisma, { email: "chief@example.org", password: "correct-horse-1", address })).toMatchObject({
      ok: true,
    });
  });

  it("lists users, one per line", async () => {
    expect(await run("list")).toEqual({
      code: 0,
      err: "",
      out: "chief@example.org\tadmin\tactive\tChief\ned@example.org\teditor\tactive\ted",
    });
  });

  it("prints a working API token for editors, and refuses viewers", async () => {
    const { code, out } = await run("token --email ed@example.org --name ci");
    expect(code).toBe(0);
    expect(await findTokenUser(prisma, out)).toMatchObject({ email: "ed@example.org", via: "token" });
    await run("create --email reader@example.org --role viewer --password reader-pass-1");
    expect(await run("token --email reader@example.org")).toEqual({
      code: 1,
      out: "",
      err: "Error: viewers cannot have API tokens; give the user the editor role first",
    });
  });

  it("changes roles, disables and enables", async () => {
    expect(await run("set-role --email reader@example.org --role editor")).toEqual({
      code: 0,
      err: "",
      out: "reader@example.org is now editor.",
    });
    expect(await run("disable --email reader@example.org")).toMatchObject({
      code: 0,
      out: "reader@example.org is disabled.",
    });
    expect((await run("list")).out).toContain("reader@example.org\teditor\tdisabled");
    expect(await run("enable --email reader@example.org")).toMatchObject({
      code: 0,
      out: "reader@example.org is enabled.",
    });
    expect(await run("set-role --email chief@example.org --role viewer")).toEqual({
      code: 1,
      out: "",
      err: "Error: At least one enabled administrator must remain.",
    });
  });

  it("refuses what it cannot do with exit code 1, and bad arguments with 2 and the usage", async () => {
    expect(await run("create --email ed@example.org --role editor --password another-pass-1")).toEqual({
      code: 1,
      out: "",
      err: "Error: A user with this email already exists.",
    });
    expect(await run("set-role --email ghost@example.org --role admin")).toMatchObject({
      code: 1,
      err: "Error: no user with the email ghost@example.org",
    });
    const cases: [string, string][] = [
      [
        "create --email x@example.org --role owner --password long-enough-1",
        "Error: --role must be one of: viewer, editor, admin",
      ],
      ["create --email not-an-email --role viewer --password long-enough-1", "Error: email: Invalid email address"],
      [
        "create --email short@example.org --role viewer --password short",
        "Error: password: Too small: expected string to have >=10 characters",
      ],
      ["token", "Error: --email is required"],
      ["promote --email ed@example.org", 'Error: unknown command "promote"'],
      [
        "list --colour",
        `Error: Unknown option '--colour'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--colour"`,
      ],
    ];
    for (const [args, first] of cases) {
      const result = await run(args);
      expect(result.code, args).toBe(2);
      expect(result.err.split("\n")[0], args).toBe(first);
      expect(result.err, args).toContain("Usage: npm run user -- <command> [options]");
    }
    expect((await run("")).code).toBe(2);
    expect(await prisma.user.count()).toBe(3);
  });
});
