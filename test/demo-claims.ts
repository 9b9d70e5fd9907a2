import { loadDemoCorpus } from "@/lib/seed/demo-data";
import { demoQuantity } from "@/lib/seed/demo-schema";

/**
 * The demo corpus's claims as the seed stores them, for unit tests of the comparison's rules:
 * ids c0, c1…, the source (the outlet, or the article alone), the article's language, the
 * speaker's names, the figure as stated and compared, and the 300 characters around each.
 */
export function demoClaims() {
  const { demo, texts } = loadDemoCorpus();
  const claims = demo.claims.map((c, i) => {
    const article = demo.articles.find((a) => a.file === c.article)!;
    const text = texts.get(c.article)!;
    return {
      id: `c${i}`,
      aspectId: c.aspect,
      sourceId: article.outlet ?? `article:${c.article}`,
      articleId: c.article,
      lang: article.lang,
      quote: c.quote,
      start: c.start,
      end: c.end,
      kind: c.kind,
      stance: c.stance,
      speaker: c.speaker,
      speakerNames: c.speaker ? demo.entities.find((e) => e.slug === c.speaker)!.names.map((n) => n.name) : [],
      context: text.slice(Math.max(0, c.start - 300), c.end + 300),
      quantity: c.quantity ? demoQuantity(c.quantity) : null,
    };
  });
  /** the id of the claim whose quote starts so */
  const id = (quoteStart: string) => claims.find((c) => c.quote.startsWith(quoteStart))!.id;
  return { demo, claims, id };
}
