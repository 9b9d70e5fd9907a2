import { describe, expect, it } from "vitest";
import { reviewedClaims } from "./items";

describe("reviewedClaims", () => {
  it("finds the claims with a verdict, not those with only comments, nor verdicts on no claim", () => {
    const notes = [
      { motivation: "assessing", claimId: "c1" },
      { motivation: "commenting", claimId: "c2" },
      { motivation: "assessing", claimId: null },
      { motivation: "assessing", claimId: "c1" },
      { motivation: "assessing", claimId: "c3" },
    ] as Parameters<typeof reviewedClaims>[0];
    expect([...reviewedClaims(notes)]).toEqual(["c1", "c3"]);
  });
});
