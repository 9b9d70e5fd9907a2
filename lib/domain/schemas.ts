import { z } from "zod";
import { languages } from "@/i18n/settings";
import {
  aspectKinds,
  candidateStatuses,
  claimKinds,
  entityKinds,
  noteMotivations,
  roles,
  stances,
  verdicts,
} from "./vocabulary";

/** A database id as it arrives in a path or a body. */
export const id = z.string().min(1).max(64);

/** A BCP 47 language tag of stored text ("en", "uk", "pt-BR"). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const languageTag = z.string().regex(LANGUAGE_TAG).max(35);

/** A URL-safe key ("russia-venezuela-2019"). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** An interface language: en, uk or ru. */
export const lng = z.enum(languages);

export const role = z.enum(roles);
export const aspectKind = z.enum(aspectKinds);
export const claimKind = z.enum(claimKinds);
export const stance = z.enum(stances);
export const candidateStatus = z.enum(candidateStatuses);
export const entityKind = z.enum(entityKinds);
export const verdict = z.enum(verdicts);
export const noteMotivation = z.enum(noteMotivations);

/** The `[id]` segment of a route. */
export const idParams = z.strictObject({ id });

/** The `[id]` segment of an annotation: a note's id, or `claim-{id}` for a claim. */
export const annotationParams = z.strictObject({ id: z.string().min(1).max(70) });
