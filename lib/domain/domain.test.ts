import { describe, expect, it } from "vitest";
import { quantityColumns, quantityOf, quantitySchema } from "./quantity";
import { claimKind, differences, idParams, languageTag, nameText, plainText, stance } from "./schemas";
import { claimKinds, entityKinds, isNegating, roles, stances } from "./vocabulary";

describe("the domain vocabulary", () => {
  it("comes from the database's enums, in the order the interface offers it", () => {
    expect(claimKinds).toEqual(["figure", "statement", "denial", "quote"]);
    expect(stances).toEqual(["asserts", "reports", "denies", "disputes"]);
    expect(entityKinds).toEqual(["person", "organisation", "country"]);
    expect(roles).toEqual(["viewer", "editor", "admin"]);
  });

  it("tells the stances that push back from those that put a claim forward", () => {
    expect(stances.filter(isNegating)).toEqual(["denies", "disputes"]);
  });

  it("refuses values outside the vocabulary", () => {
    expect(claimKind.safeParse("denial").success).toBe(true);
    expect(claimKind.safeParse("rumour").success).toBe(false);
    expect(stance.safeParse("Asserts").success).toBe(false);
  });

  it("accepts language tags of stored text, not interface names", () => {
    expect(["en", "uk", "ru", "pt-BR", "und"].map((t) => languageTag.safeParse(t).success)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["EN", "english", "", "u"].map((t) => languageTag.safeParse(t).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("takes exactly an id in a route segment", () => {
    expect(idParams.safeParse({ id: "cmabc" }).success).toBe(true);
    expect(idParams.safeParse({ id: "" }).success).toBe(false);
    expect(idParams.safeParse({ id: "x".repeat(65) }).success).toBe(false);
    expect(idParams.safeParse({ id: "a", extra: "b" }).success).toBe(false);
  });
});

describe("quantities", () => {
  const row = {
    low: 24,
    high: 60,
    unit: "personnel",
    counted: "кубинських військових",
    approximate: true,
    statedLow: 12,
    statedHigh: 12,
    vagueness: "few" as const,
  };
  const quantity = {
    low: 24,
    high: 60,
    unit: "personnel",
    counted: "кубинських військових",
    approximate: true,
    stated: { low: 12, high: 12, vagueness: "few" as const },
  };

  it("reads a stored row's quantity, or none; a row from before stated figures is stated as its range", () => {
    expect(quantityOf(row)).toEqual(quantity);
    expect(quantityOf({ ...row, low: null, high: null })).toBeNull();
    expect(quantityOf({ ...row, statedLow: null, statedHigh: null, vagueness: null })).toEqual({
      ...quantity,
      stated: { low: 24, high: 60, vagueness: null },
    });
  });

  it("writes a quantity, clears it with null, and leaves it alone with undefined", () => {
    expect(quantityColumns(quantity)).toEqual(row);
    expect(quantityColumns(null)).toEqual({
      low: null,
      high: null,
      unit: null,
      counted: null,
      approximate: false,
      statedLow: null,
      statedHigh: null,
      vagueness: null,
    });
    expect(quantityColumns(undefined)).toEqual({});
  });

  it("derives the range a stated figure is compared by, and keeps a range given by hand", () => {
    expect(quantitySchema.parse({ stated: { low: 35, high: 35 }, counted: "військових", approximate: true })).toEqual({
      low: 31,
      high: 39,
      unit: null,
      counted: "військових",
      approximate: true,
      stated: { low: 35, high: 35, vagueness: null },
    });
    expect(quantitySchema.parse({ stated: { low: 100, high: 100, vagueness: "many" } })).toMatchObject({
      low: 200,
      high: 900,
      approximate: true,
    });
    expect(quantitySchema.parse({ stated: { low: 11e9, high: 11e9 }, unit: "USD", approximate: true })).toMatchObject({
      low: 9.9e9,
      high: 12.1e9,
    });
    expect(quantitySchema.parse({ low: 100, high: 100 })).toEqual({
      low: 100,
      high: 100,
      unit: null,
      counted: null,
      approximate: false,
      stated: { low: 100, high: 100, vagueness: null },
    });
    expect(quantitySchema.parse({ low: 30, high: 40, stated: { low: 35, high: 35 }, approximate: true })).toMatchObject(
      {
        low: 30,
        high: 40,
      },
    );
  });

  it("refuses a range that runs backwards, a missing figure, or unknown fields", () => {
    expect(quantitySchema.safeParse({ low: 1000, high: 100 }).success).toBe(false);
    expect(quantitySchema.safeParse({ stated: { low: 9, high: 3 } }).success).toBe(false);
    expect(quantitySchema.safeParse({ low: 5 }).success).toBe(false);
    expect(quantitySchema.safeParse({ unit: "USD" }).success).toBe(false);
    expect(quantitySchema.safeParse({ low: 1, high: 2, currency: "USD" }).success).toBe(false);
    expect(quantitySchema.safeParse({ stated: { low: 1, high: 2, vagueness: "some" } }).success).toBe(false);
  });
});

describe("text people write", () => {
  it("keeps tabs and line breaks, folds carriage returns, and trims", () => {
    expect(plainText(100).parse("  Кремль\r\nзаперечує\tвсе  ")).toBe("Кремль\nзаперечує\tвсе");
  });

  it("refuses NUL and the other control characters", () => {
    for (const bad of ["RT\u0000", "a\u0007b", "\u001b[31mred", "x\u007f", "line\u000bbreak"])
      expect(plainText(100).safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("needs a name to have a character, within its limit", () => {
    expect(nameText(5).safeParse("   ").success).toBe(false);
    expect(nameText(5).safeParse("Песков").success).toBe(false);
    expect(nameText(6).parse(" Песков ")).toBe("Песков");
  });
});

describe("differences", () => {
  it("keeps only what a change would really change", () => {
    const before = { name: "RT", notes: null, lang: "ru", since: new Date("2019-03-24") };
    expect(differences(before, { name: "RT", notes: undefined, lang: "en", since: new Date("2019-03-24") })).toEqual({
      lang: "en",
    });
    expect(differences(before, { notes: null, name: "RT" })).toEqual({});
  });
});
