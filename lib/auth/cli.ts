import { parseArgs } from "node:util";
import { z } from "zod";
import type { CliIo } from "@/lib/cli/io";
import type { PrismaClient } from "@/lib/db/client";
import { Refusal } from "@/lib/refusal";
import en from "@/locales/en/common.json";
import { roles } from "./roles";
import { createApiToken } from "./store";
import { changePassword, createUser, findUserByEmail, listUsers, newUserSchema, updateUser } from "./store-users";

export const USAGE = `Usage: npm run user -- <command> [options]

  create   --email E --role viewer|editor|admin [--name N] [--password P | --password-stdin]
  password --email E [--password P | --password-stdin]
                                           set a new password (ends the user's sessions)
  token    --email E [--name N]            print a new API token (editors and admins)
  list                                     list users
  set-role --email E --role viewer|editor|admin
  disable  --email E                       sign the user out everywhere and refuse sign-in
  enable   --email E

Without --password, the password is read from standard input.`;

/** Bad arguments: exit 2 with the usage. */
class UsageError extends Error {}
/** Well-formed but refused (no such user, a viewer asking for a token): exit 1. */
class CliRefusal extends Error {}

const options = {
  email: { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
  password: { type: "string" },
  "password-stdin": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The English message of a refusal (the command line speaks English). */
function errorText({ code, values }: Refusal): string {
  const message = en.errors[code as keyof typeof en.errors] ?? code;
  return message.replace(/\{\{\s*max, number\s*\}\}/, String(values.max ?? ""));
}

/** Runs one `npm run user` command; returns the process exit code (0 ok, 1 refused, 2 bad arguments). */
export async function runUserCli(
  db: PrismaClient,
  argv: string[],
  io: Pick<CliIo, "out" | "err" | "readStdin">,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const [command, ...extra] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return values.help ? 0 : 2;
    }
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const email = () => {
      if (!values.email) throw new UsageError("--email is required");
      return values.email;
    };
    const role = () => {
      const parsed = z.enum(roles).safeParse(values.role);
      if (!parsed.success) throw new UsageError(`--role must be one of: ${roles.join(", ")}`);
      return parsed.data;
    };
    const existing = async () => {
      const user = await findUserByEmail(db, email());
      if (!user) throw new CliRefusal(`no user with the email ${email()}`);
      return user;
    };

    switch (command) {
      case "create": {
        const password =
          values.password ?? (await io.readStdin("Password (then Enter and Ctrl-D): ")).replace(/\r?\n$/, "");
        const input = { email: email(), role: role(), name: values.name, password };
        const parsed = newUserSchema.safeParse(input);
        if (!parsed.success)
          throw new UsageError(
            parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "),
          );
        const user = await createUser(db, input);
        io.out(`Created ${user.role} ${user.email} (${user.id}).`);
        return 0;
      }
      case "password": {
        const user = await existing();
        const password =
          values.password ?? (await io.readStdin("New password (then Enter and Ctrl-D): ")).replace(/\r?\n$/, "");
        const parsed = newUserSchema.shape.password.safeParse(password);
        if (!parsed.success) throw new UsageError(`password: ${parsed.error.issues[0]!.message}`);
        await changePassword(db, user.id, password, { revokeTokens: false, actorId: null });
        io.out(`${user.email} has a new password.`);
        return 0;
      }
      case "token": {
        const user = await existing();
        if (user.role === "viewer")
          throw new CliRefusal("viewers cannot have API tokens; give the user the editor role first");
        if (user.disabledAt) throw new CliRefusal(`${user.email} is disabled`);
        const { token } = await createApiToken(db, user.id, values.name ?? "command line");
        io.out(token);
        return 0;
      }
      case "list": {
        const users = await listUsers(db);
        // said apart from the list, so that a script reading the list still reads nothing
        if (users.length === 0)
          io.err(
            "No users in this database yet. Make the first administrator with: npm run user -- create --email ADDRESS --role admin",
          );
        for (const u of users) io.out([u.email, u.role, u.disabledAt ? "disabled" : "active", u.name].join("\t"));
        return 0;
      }
      case "set-role": {
        const user = await existing();
        const after = await updateUser(db, user.id, { role: role() });
        io.out(`${after!.email} is now ${after!.role}.`);
        return 0;
      }
      case "disable":
      case "enable": {
        const user = await existing();
        await updateUser(db, user.id, { disabled: command === "disable" });
        io.out(`${user.email} is ${command}d.`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      io.err(`Error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliRefusal) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    if (error instanceof Refusal) {
      io.err(`Error: ${errorText(error)}`);
      return 1;
    }
    throw error;
  }
}
