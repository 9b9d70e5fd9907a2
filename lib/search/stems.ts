import { asContentLanguage, indexed } from "@/lib/text/words";

/** An article's title and text as the search index holds them: the stems of its language. */
export function articleStems(a: { title: string; text: string; lang: string }) {
  const lang = asContentLanguage(a.lang);
  return { title: indexed(a.title, lang), body: indexed(a.text, lang) };
}
