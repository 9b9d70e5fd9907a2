import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** What a password must be: long enough to resist guessing, short enough to hash quickly. */
export const PASSWORD_LENGTH = { min: 10, max: 256 } as const;
export const passwordSchema = z.string().min(PASSWORD_LENGTH.min).max(PASSWORD_LENGTH.max);

/** The attributes of an input for a new password, so that the browser checks what the server will. */
export const newPasswordInput = {
  type: "password",
  required: true,
  minLength: PASSWORD_LENGTH.min,
  maxLength: PASSWORD_LENGTH.max,
  autoComplete: "new-password",
} as const;

/** argon2id with the library's defaults (19 MiB, 2 passes), as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the account does not exist, so that "unknown user" costs
// the same time as "wrong password" and does not reveal which emails have accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$cGFyYWxsYXgtZHVtbXk$0FjDkWDzHR3dvlCKFIw1lKW7y16hJrXuoOEgkkxmddA";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && !!passwordHash;
  } catch {
    return false;
  }
}
