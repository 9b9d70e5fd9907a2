import { matchesIn } from "./matching";
import type { Namer, Speaker } from "./speech";
import { claimFrames, claimNouns } from "./speech-lexicon";
import type { Range } from "./text";

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
// "Rodríguez called Bolton a liar for saying": the last name before the frame
const LAST_NAME = new RegExp(String.raw`(${NAME})(?![\s\S]*\p{Lu})`, "u");
// "Bolton's claim that", "Trump’s claim, tweeted earlier"
const POSSESSOR = new RegExp(String.raw`(${NAME})['’]s\s+(?:\p{Ll}+\s+)?$`, "u");
// "claims by Bolton"; in Ukrainian and Russian the genitive right after: «сообщения WSJ», «заяви Болтона»
const BY = new RegExp(String.raw`^\s+(?:by|from)\s+(?:the\s+)?(${NAME})`, "u");
// «заявление советника президента США … Джона Болтона о 20 тыс.»: the genitive owner, the last name before what it is about
const OF = new RegExp(String.raw`^\s+(?:[^\s,.;:]+\s+){0,7}?(${NAME})(?=\s+(?:о|об|про|что|що)\s|\s*$)`, "u");

/**
 * The one whose claim a figure is part of, when a sentence hands the claim back to
 * them: "Rodríguez called Bolton a liar for saying that some 20,000 Cuban troops…" is
 * Bolton's figure, not Rodríguez's; so are «Родригес назвал Болтона лжецом за слова о
 * 20 тысячах», "Bolton's claim that 20,000…" and «опроверг сообщения WSJ о 50 сотрудниках».
 */
export function claimantOf(text: string, sentence: Range, figure: Range, name: Namer): Speaker | null {
  const before = text.slice(sentence.start, figure.start);
  let found: Speaker | null = null;
  for (const frame of matchesIn(claimFrames, before)) {
    const window = before.slice(Math.max(0, frame.index - 80), frame.index);
    const last = LAST_NAME.exec(window);
    if (!last) continue;
    const start = sentence.start + Math.max(0, frame.index - 80) + last.index;
    found = name({ start, end: start + last[1]!.length }) ?? found;
  }
  for (const noun of matchesIn(claimNouns, before)) {
    const owner = POSSESSOR.exec(before.slice(0, noun.index));
    const after = (/\p{Script=Cyrillic}/u.test(noun[0]) ? OF : BY).exec(before.slice(noun.index + noun[0].length));
    const start = owner
      ? sentence.start + owner.index
      : after
        ? sentence.start + noun.index + noun[0].length + after[0].length - after[1]!.length
        : -1;
    if (start < 0) continue;
    const words = (owner ?? after)![1]!;
    found = name({ start, end: start + words.length }) ?? found;
  }
  return found;
}
