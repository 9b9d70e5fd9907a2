import { z } from "zod";
import type { Lng } from "@/i18n/settings";
import { entityName } from "@/lib/domain/localize";
import { id, nameText } from "@/lib/domain/schemas";
import { normalizeName } from "@/lib/text/names";

/**
 * Who relayed a claim's words from its speaker to the article's outlet, nearest the speaker
 * first: in NewsMaker's "Mayorca told the BBC…", the speaker is Mayorca, reported via [BBC].
 */
export const MAX_RELAYS = 5;

/** A relay as a client sends it: the words naming it, and the entity when one is known. */
export const relay = z.strictObject({ text: nameText(200), entityId: id.nullable().default(null) });
export const relayChain = z.array(relay).max(MAX_RELAYS);
export type RelayInput = z.output<typeof relay>;

/** Whether a chain names one source twice, or its speaker again ("Mayorca → BBC → Mayorca"). */
export function loops(speakerId: string | null, chain: readonly RelayInput[]): boolean {
  const keys = chain.map((r) => r.entityId ?? `text:${normalizeName(r.text)}`);
  return new Set(keys).size < keys.length || (speakerId !== null && keys.includes(speakerId));
}

/** What a read of a claim or a candidate includes of its relays. */
export const relaysInclude = {
  relays: { orderBy: { position: "asc" }, include: { entity: { include: { names: true } } } },
} as const;

interface RelayRow {
  text: string;
  entity: { id: string; slug: string; names: { lang: string; name: string; isPrimary: boolean }[] } | null;
}

/** The chain as the API and the pages give it: each relay's words, and its entity named in `lng`. */
export const shownRelays = (rows: readonly RelayRow[], lng: Lng) =>
  rows.map((r) => ({
    text: r.text,
    entity: r.entity && { id: r.entity.id, name: entityName(r.entity.names, lng)?.text ?? r.entity.slug },
  }));
export type ShownRelay = ReturnType<typeof shownRelays>[number];
