import { describe, expect, it } from "vitest";
import { clashes, initialValues, isFigure, payloadOf, quantityOf, statedOf, type ClaimValues } from "./claim-values";

const text = "Мадуро заявив, що США виділять від 2 до 9 млрд доларів. Гуайдо подякував.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const events = [
  {
    id: "ev-1",
    title: "Aid",
    aspects: [{ id: "asp-1", kind: "numeric" as const, unit: "USD", question: "How much?" }],
  },
  { id: "ev-2", title: "Thanks", aspects: [] },
];
const article = { text, events };

const blank: ClaimValues = {
  ...at("Гуайдо подякував"),
  eventId: "ev-1",
  aspectId: "asp-1",
  kind: "statement",
  stance: "asserts",
  speaker: null,
  low: "",
  high: "",
  vagueness: "",
  unit: "",
  counted: "",
  approximate: false,
  note: "",
  version: 0,
};

describe("initialValues", () => {
  it("fills in the figure that newly selected words state, in the first event's first aspect", () => {
    expect(initialValues(article, null, at("від 2 до 9 млрд доларів"))).toEqual({
      ...blank,
      ...at("від 2 до 9 млрд доларів"),
      kind: "figure",
      low: "2000000000",
      high: "9000000000",
      unit: "USD",
    });
  });

  it("makes words without a figure a statement, and offers a new aspect where the event has none", () => {
    const noAspects = { text, events: [events[1]!] };
    expect(initialValues(noAspects, null, at("Гуайдо подякував"))).toEqual({
      ...blank,
      eventId: "ev-2",
      aspectId: "new",
    });
    expect(initialValues({ text, events: [] }, null, at("Гуайдо"))).toMatchObject({ eventId: "", aspectId: "new" });
  });

  it("takes an existing claim's fields as they are, without reading its words again", () => {
    const claim = {
      eventId: "ev-2",
      aspect: { id: "asp-9", question: "Who thanked?" },
      kind: "statement" as const,
      stance: "reports" as const,
      speaker: { id: "ent-1", name: "Хуан Гуайдо" },
      quantity: {
        low: 24,
        high: 60,
        unit: null,
        counted: "advisers",
        approximate: true,
        stated: { low: 12, high: 12, vagueness: "few" as const },
      },
      note: "checked",
      version: 3,
    };
    expect(initialValues(article, claim, at("від 2 до 9 млрд доларів"))).toEqual({
      ...at("від 2 до 9 млрд доларів"),
      eventId: "ev-2",
      aspectId: "asp-9",
      kind: "statement",
      stance: "reports",
      speaker: { id: "ent-1", name: "Хуан Гуайдо" },
      low: "12",
      high: "12",
      vagueness: "few",
      unit: "",
      counted: "advisers",
      approximate: true,
      note: "checked",
      version: 3,
    });
  });
});

describe("the figure's fields", () => {
  it("show for a figure, or once a value is typed", () => {
    expect(isFigure(blank)).toBe(false);
    expect(isFigure({ ...blank, kind: "figure" })).toBe(true);
    expect(isFigure({ ...blank, low: "0" })).toBe(true);
  });

  it("state one value, a range, or a vague quantity of a base", () => {
    expect(statedOf({ low: "35", high: "", vagueness: "" })).toEqual({
      stated: { low: 35, high: 35, vagueness: null },
    });
    expect(statedOf({ low: "2", high: "9", vagueness: "" })).toEqual({ stated: { low: 2, high: 9, vagueness: null } });
    expect(statedOf({ low: "9", high: "2", vagueness: "" })).toEqual({ stated: { low: 9, high: 9, vagueness: null } });
    expect(statedOf({ low: "12", high: "60", vagueness: "few" })).toEqual({
      stated: { low: 12, high: 12, vagueness: "few" },
    });
  });

  it("make a quantity only with a value; a vague one is approximate", () => {
    expect(quantityOf({ ...blank, kind: "figure" })).toBeNull();
    expect(quantityOf({ ...blank, low: "2000", unit: " ", counted: " troops ", approximate: true })).toEqual({
      stated: { low: 2000, high: 2000, vagueness: null },
      unit: null,
      counted: "troops",
      approximate: true,
    });
    expect(quantityOf({ ...blank, low: "12", vagueness: "few", unit: "USD" })).toEqual({
      stated: { low: 12, high: 12, vagueness: "few" },
      unit: "USD",
      counted: null,
      approximate: true,
    });
  });
});

describe("payloadOf", () => {
  const newAspect = { question: "Who thanked whom?", kind: "categorical" as const };

  it("sends the aspect chosen, the speaker's id and a trimmed note", () => {
    expect(payloadOf({ ...blank, speaker: { id: "ent-1", name: "Гуайдо" }, note: "  " }, newAspect, "uk")).toEqual({
      ...at("Гуайдо подякував"),
      eventId: "ev-1",
      aspectId: "asp-1",
      kind: "statement",
      stance: "asserts",
      speakerId: "ent-1",
      quantity: null,
      note: null,
    });
  });

  it("sends an aspect written in the form, in the interface's language, instead of an id", () => {
    const payload = payloadOf({ ...blank, aspectId: "new", low: "2", note: " why " }, newAspect, "ru");
    expect(payload).toMatchObject({
      newAspect: { question: "Who thanked whom?", kind: "categorical", lang: "ru" },
      quantity: { stated: { low: 2, high: 2, vagueness: null }, unit: null, counted: null, approximate: false },
      note: "why",
    });
    expect(payload).not.toHaveProperty("aspectId");
  });
});

describe("clashes", () => {
  const claims = [
    { id: "c1", status: "confirmed", ...at("США виділять") },
    { id: "c2", status: "rejected", ...at("Гуайдо") },
  ];

  it("finds another live claim over the words, not the claim itself, a rejected one or one that only touches them", () => {
    expect(clashes(claims, undefined, at("виділять від 2"))).toBe(true);
    expect(clashes(claims, "c1", at("виділять від 2"))).toBe(false);
    expect(clashes(claims, undefined, at("Гуайдо подякував"))).toBe(false);
    expect(clashes(claims, undefined, at(" від 2"))).toBe(false);
  });

  it("lets a claim lie inside another or around it, but not on the very same words", () => {
    expect(clashes(claims, undefined, at("виділять"))).toBe(false);
    expect(clashes(claims, undefined, at("США виділять від 2"))).toBe(false);
    expect(clashes(claims, undefined, at("США виділять"))).toBe(true);
  });
});
