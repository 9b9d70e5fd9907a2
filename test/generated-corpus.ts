import { createHash } from "node:crypto";
import { createUser } from "@/lib/auth/store-users";
import type { PrismaClient } from "@/lib/db/client";

/**
 * A small corpus in English, Ukrainian and Russian that uses every table and every kind of
 * value the export must carry: astral characters, right-to-left names, spreadsheet-looking
 * text, nulls, fractional and huge figures, vague figures, dates with milliseconds, a deleted
 * claim, a rejected relation, a decided candidate, a correction and a reposted copy, accounts
 * with password hashes, and the audit entries their creation left.
 */
const hash = (text: string) => createHash("sha256").update(text).digest("hex");

export async function generateCorpus(db: PrismaClient) {
  const admin = await createUser(db, { email: "admin@example.org", role: "admin", password: "a long admin password" });
  const editor = await createUser(db, {
    email: "olena.kovalenko@example.org",
    name: "Олена Коваленко",
    role: "editor",
    password: "пароль редактора 1",
  });
  const outlet = await db.outlet.create({
    data: {
      slug: "ukrainska-pravda",
      name: "Українська правда",
      country: "UA",
      lang: "uk",
      url: "https://www.pravda.com.ua/",
      ownership: '=HYPERLINK("x") власність',
      aliases: { create: [{ name: "УП", normalized: "уп" }] },
    },
  });
  const ria = await db.outlet.create({ data: { slug: "ria", name: "РИА Новости", lang: "ru" } });
  const speaker = await db.entity.create({
    data: {
      slug: "zelensky",
      kind: "person",
      names: {
        create: [
          {
            lang: "uk",
            name: "Володимир Зеленський",
            isPrimary: true,
            normalized: "володимир зеленський",
            skeleton: "volodymyr zelenskyi",
          },
          { lang: "ar", name: "فولوديمير زيلينسكي", normalized: "فولوديمير زيلينسكي", skeleton: "" },
        ],
      },
    },
  });
  const texts = {
    uk: "Президент заявив, що до країни прибули 1,5 тис. військових 🇺🇦. «Це неправда», — відповіли в міністерстві.",
    ru: "В министерстве сообщили, что прибыли «несколько десятков» специалистов. Ёмкое заявление.",
    en: "Officials said 1.5 billion dollars were pledged; critics said the figure was closer to 900 million.",
  };
  const article = (lang: keyof typeof texts, extra: object = {}) =>
    db.article.create({
      data: {
        title: `${lang}: ${texts[lang].slice(0, 30)}`,
        lang,
        text: texts[lang],
        contentHash: hash(texts[lang] + JSON.stringify(extra)),
        publishedAt: new Date("2026-03-14T09:26:53.589Z"),
        ...extra,
      },
    });
  const uk = await article("uk", {
    outletId: outlet.id,
    url: "https://www.pravda.com.ua/news/2026/03/14/1/",
    fingerprint: "0f0e0d0c0b0a0908",
  });
  const ru = await article("ru", { outletId: ria.id, datePrecision: "month", byline: "Иван Ёлкин" });
  const en = await article("en", { source: "paste", notes: "@SUM(A1)" });
  await db.article.update({ where: { id: ru.id }, data: { likelyDuplicateOfId: uk.id } });
  const correction = await db.article.create({
    data: {
      title: "uk (виправлено)",
      lang: "uk",
      text: `${texts.uk} Виправлено.`,
      contentHash: hash("fix"),
      supersedesId: uk.id,
    },
  });
  const event = await db.event.create({
    data: {
      slug: "arrival-2026",
      startsOn: new Date("2026-03-14T00:00:00.000Z"),
      translations: {
        create: [
          { lang: "en", title: "The arrival", summary: null },
          { lang: "uk", title: "Прибуття", summary: "Хто і скільки" },
          { lang: "ru", title: "Прибытие", summary: "Кто и сколько" },
        ],
      },
      articles: { create: [uk, ru, en, correction].map((a) => ({ articleId: a.id })) },
      aspects: {
        create: [
          {
            slug: "troops",
            kind: "numeric",
            unit: "personnel",
            position: 0,
            translations: { create: [{ lang: "uk", question: "Скільки військових?" }] },
          },
          {
            slug: "money",
            kind: "numeric",
            unit: "USD",
            position: 1,
            translations: { create: [{ lang: "en", question: "How much money?" }] },
          },
        ],
      },
    },
    include: { aspects: true },
  });
  const [troops, money] = event.aspects;
  const span = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    return {
      quote,
      start,
      end: start + quote.length,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + quote.length, start + quote.length + 32),
    };
  };
  const quoteOf = (text: string, quote: string) => {
    const { start, end } = span(text, quote);
    return { quote, start, end };
  };
  const claim = (a: { id: string; text: string }, quote: string, data: object) =>
    db.claim.create({
      data: {
        articleId: a.id,
        eventId: event.id,
        ...span(a.text, quote),
        kind: "figure",
        stance: "asserts",
        status: "confirmed",
        ...data,
      },
    });
  const c1 = await claim(uk, "прибули 1,5 тис. військових 🇺🇦", {
    aspectId: troops!.id,
    speakerId: speaker.id,
    low: 1500,
    high: 1500,
    unit: "personnel",
    statedLow: 1500,
    statedHigh: 1500,
    creatorId: editor.id,
  });
  const c2 = await claim(ru, "«несколько десятков» специалистов", {
    aspectId: troops!.id,
    low: 24,
    high: 96,
    unit: "personnel",
    approximate: true,
    statedLow: 12,
    statedHigh: 12,
    vagueness: "few",
  });
  const c3 = await claim(en, "1.5 billion dollars", {
    aspectId: money!.id,
    low: 1.5e9,
    high: 1.5e9,
    unit: "USD",
    statedLow: 1.5e9,
    statedHigh: 1.5e9,
  });
  const c4 = await claim(en, "closer to 900 million", {
    aspectId: money!.id,
    kind: "figure",
    stance: "disputes",
    low: 0.1 + 0.2,
    high: 9e8,
    unit: "USD",
    deletedAt: new Date("2026-03-15T10:00:00.123Z"),
    version: 3,
  });
  await db.claimRelation.create({
    data: { eventId: event.id, fromId: c2.id, toId: c1.id, kind: "contradicts", creatorId: editor.id },
  });
  await db.claimRelation.create({
    data: { eventId: event.id, fromId: c4.id, toId: c3.id, kind: "contradicts", status: "rejected" },
  });
  await db.annotation.create({
    data: {
      motivation: "commenting",
      body: JSON.stringify([
        { type: "TextualBody", value: "Перевірити у Генштабі 🔍", purpose: "commenting", language: "uk" },
      ]),
      articleId: uk.id,
      claimId: c1.id,
      exact: "«Це неправда»",
      prefix: "🇺🇦. ",
      suffix: ", — відповіли",
      start: texts.uk.indexOf("«Це неправда»"),
      end: texts.uk.indexOf("«Це неправда»") + "«Це неправда»".length,
      creatorId: editor.id,
      canonical: "urn:uuid:6f1b0c3e-7f4e-4e7b-9d7a-2f1f6b1c9e10",
      via: JSON.stringify("https://hypothes.is/a/AbC123xyz"),
    },
  });
  await db.candidate.create({
    data: {
      ...quoteOf(ru.text, "Ёмкое заявление"),
      articleId: ru.id,
      kind: "statement",
      stance: "reports",
      speakerText: "В министерстве",
      status: "rejected",
      decidedById: editor.id,
      decidedAt: new Date("2026-03-16T08:00:00.999Z"),
    },
  });
  await db.candidate.create({
    data: {
      ...quoteOf(uk.text, "«Це неправда»"),
      articleId: uk.id,
      kind: "denial",
      stance: "denies",
      status: "accepted",
      claimId: c1.id,
    },
  });
  return { admin, editor, event, articles: [uk, ru, en, correction], claims: [c1, c2, c3, c4] };
}
