import type { EntityKind } from "@/lib/domain/vocabulary";

// Words that name an organisation, not a person, in the three languages' news: the body, its kind of work.
const ORGANISATION =
  /(?<!\p{L})(?:ministry|agency|company|corporation|news|journal|times|post|service|government|council|committee|party|office|bank|group|press|media|министерств\p{L}*|агентств\p{L}*|служб\p{L}*|компани\p{L}*|корпораци\p{L}*|газет\p{L}*|издани\p{L}*|правительств\p{L}*|мид|міністерств\p{L}*|агенці\p{L}*|компані\p{L}*|корпораці\p{L}*|видання|уряд\p{L}*|мзс)(?!\p{L})/iu;

/**
 * What kind of entity a name met in an article most likely is, for an entity made from it on
 * accepting a claim: an organisation when the name is an abbreviation ("BBC", "ТАСС"), stands
 * in quotation marks («Ростех») or says what the body does ("Foreign Ministry", «агентство»);
 * a person otherwise. An editor corrects it on the entity's page.
 */
export function likelyKind(name: string): EntityKind {
  const words = name.trim().split(/\s+/u);
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, "")))) return "organisation";
  if (/[«»"“”„]/u.test(name) || ORGANISATION.test(name)) return "organisation";
  return "person";
}

// Words that may stand lower-case inside a name: "Bashar al-Assad", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
const PARTICLE = /^(?:al|el|bin|ibn|da|de|del|der|den|di|du|la|le|van|von|ter|y|аль|бин|ибн|де|ван|фон|дер)$/u;
const isNameWord = (word: string) =>
  /^[«"“„'(]*[\p{Lu}\d]/u.test(word) || PARTICLE.test(word.replace(/[^\p{L}]/gu, "").toLowerCase());

/**
 * The proper name at the end of the words naming a speaker: "spokesman Dmitry Peskov" →
 * "Dmitry Peskov", «речник Кремля Дмитро Пєсков» → "Дмитро Пєсков", «агентство "Інтерфакс"» →
 * «"Інтерфакс"»; null when they end in a description ("local journalists", "Cuban officials").
 */
export function properName(words: string): string | null {
  const parts = words.trim().split(/\s+/u).filter(Boolean);
  let start = parts.length;
  while (start > 0 && isNameWord(parts[start - 1]!)) start--;
  while (start < parts.length && !/^[«"“„'(]*[\p{Lu}\d]/u.test(parts[start]!)) start++;
  // whose spokesman: a Cyrillic name in the genitive before the speaker's own ("Володимира Путіна Дмитро Пєсков")
  while (parts.length - start > 2 && /^\p{Script=Cyrillic}+[ауяюі]$/u.test(parts[start]!)) start++;
  return start < parts.length ? parts.slice(start).join(" ") : null;
}
