import { verdicts, type Verdict } from "@/lib/domain/vocabulary";
import type { TextualBody } from "./w3c";

/** The verdict a note's bodies (stored JSON) give, when one of them is a verdict. */
export function verdictIn(body: string): Verdict | null {
  const value = (JSON.parse(body) as TextualBody[]).find((b) =>
    (verdicts as readonly string[]).includes(b.value),
  )?.value;
  return (value as Verdict | undefined) ?? null;
}
