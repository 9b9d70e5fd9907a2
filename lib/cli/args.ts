import { parseArgs, type ParseArgsConfig } from "node:util";

/** A refusal of parseArgs (an unknown flag, a missing value, a stray argument): bad arguments, exit 2. */
export const isParseArgsError = (error: unknown): error is TypeError =>
  error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");

/**
 * The flags of a script that reads its own command line (the commands run by ./run.ts are handed
 * theirs): parseArgs over process.argv; a bad flag prints the refusal and `usage`, and exits 2.
 */
export function readFlags<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
}
