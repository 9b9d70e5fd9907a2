import { describe, expect, it } from "vitest";
import type { Quantity } from "@/lib/domain/figures";
import { isNegating } from "@/lib/domain/vocabulary";
import { demoClaims } from "@/test/demo-claims";
import {
  answers,
  answerScore,
  denialWords,
  proposeRelations,
  stemmer,
  type Answerable,
  type ProposalClaim,
} from "./proposals";

// The demo corpus as the seed stores it, with each claim's words around it as the server reads them.
const demo = demoClaims();
const demoClaimsIn: ProposalClaim[] = demo.claims.map((c) => ({
  id: c.id,
  aspectId: c.aspectId,
  sourceId: c.sourceId,
  articleId: c.articleId,
  lang: c.lang,
  start: c.start,
  stance: c.stance,
  speaker: c.speaker ? { id: c.speaker, names: c.speakerNames } : null,
  quote: c.quote,
  context: c.context,
  publishedAt: null,
  quantity: c.quantity,
}));
const by = demo.id;

describe("proposed relations on the demo event", () => {
  const proposals = proposeRelations(demoClaimsIn);

  it("proposes Rodríguez's 'mostly medical workers' as contradicting Bolton's ~20,000", () => {
    expect(proposals).toContainEqual({
      from: by("those few ten thousand Cubans"),
      to: by("some 20,000 Cubans"),
      kind: "contradicts",
    });
  });

  it("proposes the foreign ministry's 'ready to send more' as contradicting Trump's 'withdrawn most of its people'", () => {
    expect(proposals).toContainEqual({
      from: by("Russia stands ready to send more"),
      to: by("Trump claimed that Russia had withdrawn"),
      kind: "contradicts",
    });
  });

  it("proposes the cut to 'a few dozen' as updating the same report's 1,000 contractors", () => {
    expect(proposals).toContainEqual({
      from: by("recent reports suggest"),
      to: by("Rostec had stationed around 1,000"),
      kind: "updates",
    });
  });

  it("proposes exactly these nine relations", () => {
    const pair = (from: string, to: string, kind: string) => ({ from: by(from), to: by(to), kind });
    expect(proposals).toEqual([
      pair("recent reports suggest", "Rostec had stationed around 1,000", "updates"),
      pair("called Bolton a ‘pathological liar’", "some 20,000 Cubans", "contradicts"),
      pair("those few ten thousand Cubans", "some 20,000 Cubans", "contradicts"),
      pair("That’s a lie.", "some 20,000 Cubans", "contradicts"),
      pair("Russia stands ready to send more", "Trump claimed that Russia had withdrawn", "contradicts"),
      pair(
        "The country’s foreign ministry has also not ruled out",
        "Trump claimed that Russia had withdrawn",
        "contradicts",
      ),
      pair("But beyond that Moscow will not go.", "Instead of sending nuclear bombers", "contradicts"),
      pair("The Russian Foreign Ministry categorically rejected", "the constant interference", "contradicts"),
      pair("The accusations of the United States against Russia", "Instead of sending nuclear bombers", "contradicts"),
    ]);
  });

  it("never proposes a claim against its own speaker, and each pair once", () => {
    const speakerOf = new Map(demoClaimsIn.map((c) => [c.id, c.speaker?.id ?? null]));
    for (const p of proposals.filter((x) => x.kind === "contradicts")) {
      const [a, b] = [speakerOf.get(p.from), speakerOf.get(p.to)];
      if (a && b) expect(a).not.toBe(b);
    }
    const pairs = proposals.map((p) => [p.from, p.to].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("proposes nothing for a pair already related or rejected", () => {
    const from = by("those few ten thousand Cubans");
    const to = by("some 20,000 Cubans");
    const again = proposeRelations(demoClaimsIn, [{ from: to, to: from }]);
    expect(again.some((p) => [p.from, p.to].sort().join() === [from, to].sort().join())).toBe(false);
  });
});

describe("proposed relations across languages", () => {
  const cubans = (id: string, lang: string, sourceId: string, quote: string, counted: string, date: string) => ({
    id,
    aspectId: "cuban-personnel",
    sourceId,
    articleId: `${sourceId}-1`,
    lang,
    start: 0,
    stance: "reports" as const,
    speaker: null,
    quote,
    context: quote,
    publishedAt: date,
    quantity: {
      low: 18000,
      high: 22000,
      unit: "personnel",
      counted,
      approximate: true,
      stated: { low: 20000, high: 20000, vagueness: null },
    } satisfies Quantity,
  });
  const claims: ProposalClaim[] = [
    cubans("en", "en", "reuters", "some 20,000 Cubans in Venezuela", "Cubans", "2019-03-25"),
    cubans("uk", "uk", "pravda", "близько 20 тисяч кубинців у Венесуелі", "кубинців", "2019-03-26"),
    cubans("ru", "ru", "ria", "около 20 тысяч кубинцев в Венесуэле", "кубинцев", "2019-03-27"),
    cubans("en2", "en", "ap", "about 20,000 Cubans are in Venezuela", "Cubans", "2019-03-28"),
    {
      ...cubans("ru2", "ru", "ria", "уже 25 тысяч кубинцев", "кубинцев", "2019-04-02"),
      quantity: {
        ...cubans("x", "ru", "ria", "", "кубинцев", "").quantity,
        stated: { low: 25000, high: 25000, vagueness: null },
      },
    },
  ];

  it("finds the same figure in three languages, and a later figure of the same outlet", () => {
    expect(proposeRelations(claims)).toEqual([
      { from: "uk", to: "en", kind: "translates" },
      { from: "ru", to: "en", kind: "translates" },
      { from: "en2", to: "en", kind: "repeats" },
      { from: "ru2", to: "ru", kind: "updates" },
    ]);
  });
});

describe("the answers to denials against scoring every pair", () => {
  const stems = stemmer();

  /** The first version: every denial scored against every affirming claim of its aspect. */
  function pairwise(denials: readonly ProposalClaim[], affirming: readonly Answerable[]) {
    return denials.flatMap((denial) => {
      const words = denialWords(denial, stems);
      let best: { claim: ProposalClaim; score: number } | null = null;
      for (const a of affirming) {
        const score = answerScore(denial, a, words);
        if (score >= 3 && score > (best?.score ?? 0)) best = { claim: a.claim, score };
      }
      return best ? [[denial, best.claim] as const] : [];
    });
  }

  // A small seeded generator, so that a failure names an event that can be made again.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const speakers = [
    {
      id: "lavrov",
      names: ["Sergey Lavrov", "Сергій Лавров", "Сергей Лавров"],
      said: ["Lavrov", "Лаврова", "Лавровым"],
    },
    { id: "bolton", names: ["John Bolton", "Джон Болтон"], said: ["Bolton", "Болтона", "Болтоном"] },
    { id: "maduro", names: ["Nicolás Maduro", "Ніколас Мадуро"], said: ["Maduro", "Мадуро"] },
    {
      id: "peskov",
      names: ["Dmitry Peskov", "Дмитро Пєсков", "Дмитрий Песков"],
      said: ["Peskov", "Пєскова", "Пескову"],
    },
  ];
  const vocabulary = {
    en: "Russian troops arrived Caracas contractors doctors Cuban security personnel bombers denied reports advisers withdrawn airport",
    uk: "російські військові прибули Каракаса контрактники лікарі кубинські безпеки персонал бомбардувальники заперечили повідомлення радники",
    ru: "российские военные прибыли Каракас контрактники врачи кубинские безопасности персонал бомбардировщики опровергли сообщения советники",
  };
  function event(seed: number, size: number): ProposalClaim[] {
    const next = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const langs = ["en", "uk", "ru"] as const;
    const phrase = (lang: (typeof langs)[number], n: number) =>
      Array.from({ length: n }, () => pick(vocabulary[lang].split(" "))).join(" ");
    const articles = Math.max(1, Math.floor(size / (2 + next() * 6)));
    return Array.from({ length: size }, (_, i) => {
      const article = Math.floor(next() * articles);
      const lang = langs[article % 3]!;
      const speaker = next() < 0.55 ? pick(speakers) : null;
      const quote = phrase(lang, 2 + Math.floor(next() * 5));
      const named = next() < 0.3 ? ` ${pick(pick(speakers).said)}` : "";
      const low = next() < 0.4 ? pick([35, 100, 1000, 20000]) : null;
      return {
        id: `c${i}`,
        aspectId: "a",
        sourceId: next() < 0.2 ? `article-${article}` : `outlet-${article % 7}`,
        articleId: `art${article}`,
        lang,
        start: i,
        stance: pick(["asserts", "reports", "denies", "disputes"] as const),
        speaker: speaker && { id: speaker.id, names: speaker.names },
        quote,
        context: `${phrase(lang, Math.floor(next() * 8))}${named} ${low ?? ""} ${quote} ${phrase(lang, Math.floor(next() * 8))}`,
        publishedAt: null,
        quantity:
          low === null
            ? null
            : {
                low,
                high: low,
                unit: "personnel",
                counted: null,
                approximate: false,
                stated: { low, high: low, vagueness: null },
              },
      };
    });
  }

  it("gives every denial the same answer on 200 generated events of 5 to 400 claims", () => {
    let answered = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const claims = event(seed, 5 + ((seed * 37) % 396));
      const affirming = claims
        .filter((c) => !isNegating(c.stance))
        .map((claim, index) => ({ claim, index, theirs: stems(claim.quote, claim.lang) }));
      const denials = claims.filter((c) => isNegating(c.stance));
      const expected = pairwise(denials, affirming);
      expect(answers(denials, affirming, stems), `event ${seed}`).toEqual(expected);
      answered += expected.length;
    }
    expect(answered).toBeGreaterThan(5_000);
  });
});

describe("a denial that takes up a figure", () => {
  const claim = (id: string, sourceId: string, quote: string, context: string, extra: Partial<ProposalClaim> = {}) => ({
    id,
    aspectId: "cuban-personnel",
    sourceId,
    articleId: `${sourceId}-1`,
    lang: "en",
    start: 0,
    stance: "reports" as const,
    speaker: null,
    quote,
    context,
    publishedAt: "2019-03-25",
    quantity: null,
    ...extra,
  });
  const twenty: Quantity = {
    low: 18000,
    high: 22000,
    unit: "personnel",
    counted: "Cubans",
    approximate: true,
    stated: { low: 20000, high: 20000, vagueness: null },
  };
  const doctors = claim("doctors", "ap", "Cubans are in Venezuela as doctors", "Cubans are in Venezuela as doctors");
  const figure = claim(
    "figure",
    "reuters",
    "some 20,000 Cubans are in Venezuela",
    "some 20,000 Cubans are in Venezuela",
    {
      quantity: twenty,
    },
  );
  const denial = (context: string) =>
    claim("lie", "telesur", "That is a lie.", context, { stance: "denies", publishedAt: "2019-03-26" });

  it("answers the claim of that figure, written with a group separator or in words", () => {
    for (const context of [
      "Havana said the 20,000 Cubans in Venezuela were a myth. That is a lie.",
      "Havana said the twenty thousand Cubans in Venezuela were a myth. That is a lie.",
    ])
      expect(proposeRelations([doctors, figure, denial(context)])).toEqual([
        { from: "lie", to: "figure", kind: "contradicts" },
      ]);
  });

  it("answers neither when the words around it name no figure", () => {
    expect(
      proposeRelations([doctors, figure, denial("Havana said the Cubans in Venezuela were a myth. That is a lie.")]),
    ).toEqual([]);
  });
});
