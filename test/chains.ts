import type { KnownEntity } from "@/lib/candidates/entities";
import { extractCandidates, type CandidateDraft } from "@/lib/candidates/extract";

/** Who a candidate names: the known entity, or else the words. */
const who = (s: CandidateDraft["speaker"]) => s?.entityId ?? s?.text ?? null;

/** For the attribution tests: the candidates of one kind in a text, as [their words, speaker, relays]. */
export const chainsWith =
  (entities: readonly KnownEntity[]) => (text: string, lang: string, kind: CandidateDraft["kind"], outlet?: string[]) =>
    extractCandidates(text, lang, entities, { outlet })
      .filter((c) => c.kind === kind)
      .map((c) => [text.slice(c.start, c.end), who(c.speaker), c.reportedVia.map(who)]);
