import type { CandidateDraft } from "./extract";
import type { Agent } from "./relays";
import { sameSpeaker } from "./relays";
import type { Namer } from "./speech";
import type { Range } from "./text";

// "Болтон: у Венесуелі перебувають…", "Washington Post: Russia plans…": a headline led by who says it
const HEADLINE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}):\s/u;
// labels of the page, not speakers: "Related: …", «Видео: 01:45»
const LABEL =
  /^(?:related|updated|published|video|photo|watch|live|breaking|update|analysis|opinion|exclusive|read more|відео|фото|теги|оновлено|опубліковано|читайте|видео|обновлено|опубликовано|эксклюзив|ексклюзив)$/iu;

/**
 * The speaker a headline opens with ("Болтон: …", "WSJ: …"), when the paragraph is a headline
 * (no full stop at its end) and the name is known or named again further on in the article.
 */
export function headlineAgent(text: string, paragraph: Range, sentence: Range, name: Namer): Agent | null {
  if (sentence.start !== paragraph.start || /[.!?…]$/u.test(text.slice(paragraph.start, paragraph.end))) return null;
  const m = HEADLINE.exec(text.slice(sentence.start, sentence.end));
  if (!m || LABEL.test(m[1]!)) return null;
  const who = name({ start: sentence.start, end: sentence.start + m[1]!.length });
  if (!who) return null;
  const stem = (m[1]!.split(/\s+/u).pop() ?? "").slice(0, 5);
  const again = text.indexOf(stem, paragraph.end) >= 0;
  return who.entityId || again ? { who, depth: 0, at: sentence.start } : null;
}

const sameValue = (a: CandidateDraft, b: CandidateDraft) =>
  !!a.quantity &&
  !!b.quantity &&
  a.quantity.stated.low === b.quantity.stated.low &&
  a.quantity.stated.high === b.quantity.stated.high;

/**
 * A figure repeated inside a denial ("Rodríguez denied that 20,000 Cuban soldiers were…") stays
 * the claimant's: the one who stated the same figure earlier, not the one who denies it.
 */
export function handBackDenied(found: CandidateDraft[]): void {
  const denials = found.filter((c) => c.kind === "denial");
  for (const figure of found) {
    if (figure.kind !== "figure") continue;
    const denial = denials.find((d) => d.start <= figure.start && figure.end <= d.end);
    if (!denial) continue;
    const denier = denial.speaker;
    if (figure.speaker && !(denier && sameSpeaker(figure.speaker, denier))) continue;
    const earlier = found.find(
      (c) =>
        c.kind === "figure" &&
        c.start < denial.start &&
        !!c.speaker &&
        sameValue(c, figure) &&
        !(denier && sameSpeaker(c.speaker, denier)),
    );
    if (earlier)
      Object.assign(figure, { speaker: earlier.speaker, reportedVia: earlier.reportedVia, stance: "reports" });
  }
}
