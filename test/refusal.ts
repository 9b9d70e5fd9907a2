import { expect } from "vitest";
import { Refusal } from "@/lib/refusal";

/** The refusal a write was turned down with (failing the test when it went through). */
export async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  return { code: (error as Refusal).code, values: (error as Refusal).values };
}
