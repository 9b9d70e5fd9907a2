import { z } from "zod";
import { databaseUrl } from "@/lib/db/url";
import { trustedProxies } from "@/lib/security/client-address";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).optional(),
  /** the reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        trustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `not an address or range: ${(error as Error).message}` });
      }
    }),
  /** "1": every page and endpoint asks for a signed-in user or an API token */
  PARALLAX_PRIVATE: z
    .enum(["", "0", "1"])
    .optional()
    .transform((v) => v === "1"),
  DATABASE_URL: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        databaseUrl({ DATABASE_URL: value });
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
});

export type Env = z.infer<typeof envSchema>;

/** The environment the commands read, validated once at start-up with a readable message. */
export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | null = null;
/** The server's environment, read and validated once per process. */
export function serverEnv(): Env {
  cached ??= readEnv();
  return cached;
}
