import enAccount from "@/locales/en/account.json";
import enAdmin from "@/locales/en/admin.json";
import enAnnotator from "@/locales/en/annotator.json";
import enArticles from "@/locales/en/articles.json";
import enCandidates from "@/locales/en/candidates.json";
import enCommon from "@/locales/en/common.json";
import enComparison from "@/locales/en/comparison.json";
import enEntities from "@/locales/en/entities.json";
import enError from "@/locales/en/error.json";
import enEvents from "@/locales/en/events.json";
import enImport from "@/locales/en/import.json";
import enOutlets from "@/locales/en/outlets.json";
import enSearch from "@/locales/en/search.json";
import enUnits from "@/locales/en/units.json";
import ruAccount from "@/locales/ru/account.json";
import ruAdmin from "@/locales/ru/admin.json";
import ruAnnotator from "@/locales/ru/annotator.json";
import ruArticles from "@/locales/ru/articles.json";
import ruCandidates from "@/locales/ru/candidates.json";
import ruCommon from "@/locales/ru/common.json";
import ruComparison from "@/locales/ru/comparison.json";
import ruEntities from "@/locales/ru/entities.json";
import ruError from "@/locales/ru/error.json";
import ruEvents from "@/locales/ru/events.json";
import ruImport from "@/locales/ru/import.json";
import ruOutlets from "@/locales/ru/outlets.json";
import ruSearch from "@/locales/ru/search.json";
import ruUnits from "@/locales/ru/units.json";
import ukAccount from "@/locales/uk/account.json";
import ukAdmin from "@/locales/uk/admin.json";
import ukAnnotator from "@/locales/uk/annotator.json";
import ukArticles from "@/locales/uk/articles.json";
import ukCandidates from "@/locales/uk/candidates.json";
import ukCommon from "@/locales/uk/common.json";
import ukComparison from "@/locales/uk/comparison.json";
import ukEntities from "@/locales/uk/entities.json";
import ukError from "@/locales/uk/error.json";
import ukEvents from "@/locales/uk/events.json";
import ukImport from "@/locales/uk/import.json";
import ukOutlets from "@/locales/uk/outlets.json";
import ukSearch from "@/locales/uk/search.json";
import ukUnits from "@/locales/uk/units.json";
import type { Lng, Namespace } from "./settings";

/** English is the reference: its keys type every `t()` call. */
export const enResources = {
  common: enCommon,
  error: enError,
  events: enEvents,
  articles: enArticles,
  outlets: enOutlets,
  entities: enEntities,
  search: enSearch,
  account: enAccount,
  admin: enAdmin,
  comparison: enComparison,
  annotator: enAnnotator,
  import: enImport,
  candidates: enCandidates,
  units: enUnits,
};

export type LngResources = Record<Namespace, Record<string, unknown>>;

export const resources: Record<Lng, LngResources> = {
  en: enResources,
  uk: {
    common: ukCommon,
    error: ukError,
    events: ukEvents,
    articles: ukArticles,
    outlets: ukOutlets,
    entities: ukEntities,
    search: ukSearch,
    account: ukAccount,
    admin: ukAdmin,
    comparison: ukComparison,
    annotator: ukAnnotator,
    import: ukImport,
    candidates: ukCandidates,
    units: ukUnits,
  },
  ru: {
    common: ruCommon,
    error: ruError,
    events: ruEvents,
    articles: ruArticles,
    outlets: ruOutlets,
    entities: ruEntities,
    search: ruSearch,
    account: ruAccount,
    admin: ruAdmin,
    comparison: ruComparison,
    annotator: ruAnnotator,
    import: ruImport,
    candidates: ruCandidates,
    units: ruUnits,
  },
};
