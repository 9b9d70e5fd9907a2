/**
 * The words of reported speech the extractor reads, in English, Ukrainian and Russian: verbs of
 * saying and denying, the phrases that cite or relay a source, and the nouns and pronouns that refer
 * back to one. The words of figures are in lexicon.ts.
 */
import { APOS, words } from "./lexicon";

/** Verbs of saying that attribute words to a speaker. */
export const sayingVerbs = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    [
      "say|says|said|told|tells|stated|noted|added|announced|estimated|admits|confirms|acknowledges|warns|insists|claimed|wrote|writes|tweeted|warned|explained|insisted|argued|declared|confirmed|acknowledged|admitted|stressed|emphasi[sz]ed|asserted|alleged|concluded|continued|commented|quotes|quoted|cites|cited|replied|responded|remarked",
      "заяв(?:ив|ила|или|ило|ляє|ляють)|повідом(?:ив|ила|или|ило|ляє|ляють)|сказа(?:в|ла|ли|ло)|дода(?:в|ла|ли|ло)|зазнач(?:ив|ила|или|ило|ає|ають)|наголос(?:ив|ила|или|ило|ив)|підкресл(?:ив|ила|или)|написа(?:в|ла|ли)|запевн(?:ив|ила|или)|поясн(?:ив|ила|или)|стверджу(?:є|ють|вав)|оціни(?:в|ла|ли|ло)|вважає|цитує|пише|відповів|відповіла|прокоментува(?:в|ла|ли)|уточн(?:ив|ила|или|ило|ює|юють)|оголос(?:ив|ила|или|ило)|заявля(?:в|ла|ли)|повідомля(?:в|ла|ли)|говор(?:ив|ила|или|ить|ять)|каж(?:е|уть)|каза(?:в|ла|ли)",
      "заяв(?:ил|ила|или|ило|ляет|ляют)|сообщ(?:ил|ила|или|ило|ает|ают)|сказа(?:л|ла|ли|ло)|добав(?:ил|ила|или)|отмет(?:ил|ила|или)|подчеркн(?:ул|ула|ули)|написа(?:л|ла|ли)|завери(?:л|ла|ли)|поясни(?:л|ла|ли)|утвержда(?:ет|ют|л)|оцени(?:л|ла|ли|ло)|считает|цитирует|пишет|переда[её]т|ответи(?:л|ла)|прокомментирова(?:л|ла|ли)|уточни(?:л|ла|ли|ло)|уточня(?:ет|ют)|объяви(?:л|ла|ли|ло)|заявля(?:л|ла|ли)|сообща(?:л|ла|ли)|говори(?:л|ла|ли|т)|говорят",
    ].join("|") +
    String.raw`)(?!\p{L})`,
  "iu",
);
/** Phrases whose speaker follows them: "according to X", "за словами X", "по словам X". */
export const sourcePhrases = new RegExp(
  String.raw`(?<!\p{L})(?:according to|in the words of|as reported by|as announced by|за словами|за даними|за оцінкою|на думку|як повідомляє|як заявив|як заявила|як пише|як передає|по словам|по данным|по оценке|по мнению|как сообщает|как заявил|как заявила|как пишет|как передает|как передаёт|со ссылкой на|з посиланням на|citing)(?!\p{L})`,
  "iu",
);
/** Markers of hearsay: the outlet reports rather than asserts. */
export const hearsay = new RegExp(
  String.raw`(?<!\p{L})(?:reportedly|allegedly|reports suggest|reported|is believed|are believed|according to|claimed|за даними|нібито|як повідомляє|за інформацією|стверджує|по данным|якобы|как сообщает|по информации|по сведениям|утверждает)(?!\p{L})`,
  "iu",
);

const verbsOfDenial = [
  "den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed)|dismiss(?:es|ed)|rebuff(?:s|ed)|categorically",
  "спростува(?:в|ла|ли|ло)|спростову(?:є|ють)|запереч(?:ив|ила|или|ило|ує|ують)|відки(?:нув|нула|нули|нуло|дає|дають)|відхил(?:ив|ила|или|ило|яє|яють)|категорично",
  "опроверг(?:ла|ли|ло|ает|ают|нул)?|отверг(?:ла|ли|ло|ает|ают)?|отрица(?:ет|ют|л|ла|ли)|отклони(?:л|ла|ли|ло)|категорически",
];
const wordsOfDenial = [
  "(?:is|was|that's|that’s|it's|it’s|this is) (?:a |an )?(?:lie|falsehood|fabrication)|not true|untrue|baseless|unfounded|groundless|fake|false|liar|absurd|nonsense|ridiculous|" +
    "(?:did|does|do) not (?:reflect|correspond to) (?:reality|the facts)|(?:scientifically|technically|physically) impossible|threaten(?:s|ed)? (?:no one|nobody|no-one)|" +
    "could not have (?:hit|been|happened)|(?:there (?:are|were)|ha[sd]|have|keeps?) no (?:\\p{L}+ )?(?:troops|soldiers|forces|military personnel)",
  "спростування|брехн(?:я|ею|і)|брехун\\p{L}*|неправд(?:а|ою|и)|не відповіда\\p{L}* дійсності|безпідставн\\p{L}*|фейк\\p{L}*|абсурд\\p{L}*|нісенітниц\\p{L}*|безглузд\\p{L}*|" +
    "(?:з (?:наукової|технічної) точки зору|науково|технічно|фізично) неможлив\\p{L}*|нікому не загрожу\\p{L}*|" +
    "не мог(?:ла|ло|ли)? (?:б )?(?:влучити|бути|статися)|(?:немає|не трима\\p{L}*|не ма(?:є|ють)) (?:\\p{L}+ ){0,2}?(?:військ|військових)",
  "лжец\\p{L}*|лож(?:ь|ью|и)|неправд(?:а|ой|ы)|не соответств\\p{L}* действительности|беспочвенн\\p{L}*|голословн\\p{L}*|фейк\\p{L}*|абсурд\\p{L}*|чепух(?:а|ой)|глуп\\p{L}*|нелеп\\p{L}*|" +
    "(?:с (?:научной|технической) точки зрения|научно|технически|физически) невозможн\\p{L}*|никому не угрожа\\p{L}*|" +
    "не мог(?:ла|ло|ли)? (?:бы )?(?:попасть|быть|произойти)|(?:нет|не держ\\p{L}*|не име\\p{L}*) (?:\\p{L}+ ){0,2}?(?:войск|военных|военнослужащих)",
];
const anyOf = (alternatives: string[]) =>
  new RegExp(String.raw`(?<!\p{L})(?:${alternatives.join("|")})(?!\p{L})`, "iu");
/** Verbs of denial: their subject is the one who denies ("Росія відхилила", "Trump denied"). */
export const denialVerbs = anyOf(verbsOfDenial);
/** Denials: the speaker pushes back against a claim ("That's a lie", "категорически отвергло", "фейк"). */
export const denials = anyOf([...verbsOfDenial, ...wordsOfDenial]);
/** Verbs that name what a claim is ("called it a lie", "назвали брехнею"): in a denial, their subject denies. */
export const callingVerbs = anyOf([
  "call(?:s|ed)|branded|назва(?:в|ла|ли|ло)|назива(?:є|ють)|назва(?:л|ла|ли|ло)|называ(?:ет|ют)",
]);
/** Disputes: the speaker questions a claim rather than denying it outright. */
export const disputes = new RegExp(
  String.raw`(?<!\p{L})(?:disput(?:e|es|ed)|challeng(?:e|es|ed)|contest(?:s|ed)|question(?:s|ed)|cast doubt|оскарж(?:ив|ила|или|ує)|постави(?:в|ла|ли) під сумнів|сумнів(?:ається|аються)|оспори(?:л|ла|ли)|постави(?:л|ла|ли) под сомнение|сомнева(?:ется|ются))(?!\p{L})`,
  "iu",
);

// Reported speech as a chain: who said it, and who passed it on to the article's outlet.

const anyWord = (alternatives: string) => new RegExp(String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`, "iu");

/** Source phrases that name who relayed the words, not who said them: "as reported by", «как сообщает», «як передає». */
export const relayingSources = anyWord(
  "as reported by|as announced by|как сообщает|как пишет|как переда[её]т|як повідомляє|як пише|як передає",
);
/** Reporting verbs of outlets: "передает RT", "пише BBC", "the Journal reported". Their agent relays unless nobody else speaks. */
export const reportingVerbs = anyWord("reports|reported|writes|пише|передає|повідомляє|пишет|переда[её]т|сообщает");
/** Phrases naming the source an outlet cites: "citing X", "со ссылкой на X", "посилаючись на X". */
export const citingPhrases = anyWord(
  "citing|quoting|referring to|со ссылкой на|ссылаясь на|з посиланням на|посилаючись на|із посиланням на",
);
/** Phrases naming the one who relayed words: "in an interview with RT", "в интервью РБК", "quoted by". */
export const relayPhrases = anyWord(
  `in an interview with|in a conversation with|in comments to|speaking to|quoted by|as quoted by|reported by|carried by|published by|в интервью|в беседе с|в комментарии|в інтерв${APOS}ю|у інтерв${APOS}ю|в розмові з|у розмові з|у коментарі`,
);
/** Phrases after which the words are the agent's own ("по словам X"), unlike "по данным X", which may be relayed. */
export const ownWordsPhrases = anyWord(
  "in the words of|за словами|по словам|на думку|по мнению|как заявил|как заявила|як заявив|як заявила",
);
/** Verbs whose subject passes on another's words: "RIA Novosti quotes the minister", "цитирует Песков". */
export const quotingVerbs = anyWord("quotes|quoted|cites|cited|цитує|цитирует|процитировал[аи]?|процитував");
/** Verbs of saying that take the one told after them: "Mayorca told the BBC", "заявил РБК". */
export const tellingVerbs = anyWord(
  "told|tells|розповів|розповіла|розповіли|заявив|заявила|сказав|сказала|повідомив|повідомила|рассказал[аи]?|заявил[аи]?|сказал[аи]?|сообщил[аи]?",
);
/** Opening words that point back at what was just said: «Об этом пишет…», «Про це повідомляє…», "This was reported by…". */
export const backReference = new RegExp(
  String.raw`^(?:об этом(?: же)?|о том|про це(?: ж)?|про те|this was|this is|that was|that is|it is|it was|such data|такие данные|такі дані|эти данные|ці дані|эту информацию|цю інформацію)(?!\p{L})`,
  "iu",
);
/** Words pointing back after a comma: «Як пише NewsMaker…, про це повідомив Майорка», «…, об этом сообщил…». */
export const backReferenceInside = /,\s*(?:об этом(?: же)?|про це(?: ж)?)\s+\p{L}/iu;
/** Personal pronouns that stand for a person named before, with the gender they agree with. */
export const personalPronouns: [RegExp, "m" | "f"][] = [
  [words("he|him|his|он|его|него|ним|він|його|нього|ним"), "m"],
  [words("she|her|она|ее|её|нее|неё|ней|вона|її|неї|нею"), "f"],
];
/** Short references to an outlet named before: "the agency", "издание", "видання". */
export const outletNouns = words(
  "agency|outlet|newspaper|paper|publication|broadcaster|channel|magazine|network|site|website|" +
    "агентство|агентства|агентству|агентством|издание|издания|изданию|изданием|газета|газеты|газете|газету|телеканал|телеканала|портал|портала|" +
    "агенція|агенції|агенцію|видання|виданню|виданням|газети|газеті|телеканалу",
);
/** Short references to an institution named before: "the ministry", «ведомство», «відомство», «корпорація». */
export const institutionNouns = words(
  "ministry|department|company|corporation|centre|center|authority|committee|" +
    "ведомство|ведомства|ведомству|ведомством|министерство|министерства|корпорация|корпорации|компания|компании|" +
    "відомство|відомства|відомству|відомством|міністерство|міністерства|корпорація|корпорації|компанія|компанії",
);
/** Documents that carry words but neither say nor relay them: "a statement quoted by TASS", «заявление». */
export const documentNouns = words(
  "statements?|documents?|reports?|releases?|communiqu[eé]s?|заявлени[еяю]|документ[аы]?|сообщени[еяю]|заяв[аиу]|документ[иа]?|повідомлення",
);
/** Roles a speaker is named by before the name and referred to by afterwards: "the expert", «эксперт». */
export const roleNouns = words(
  "expert|analyst|scientist|political analyst|political scientist|official|minister|deputy|spokesman|spokeswoman|spokesperson|diplomat|president|ambassador|journalist|chairman|chairwoman|governor|commander|" +
    "эксперт|эксперта|эксперту|экспертом|аналитик|аналитика|политолог|политолога|министр|министра|депутат|депутата|дипломат|дипломата|посол|посла|президент|президента|журналист|журналиста|губернатор|губернатора|председатель|председателя|" +
    "експерт|експерта|експерту|експертом|аналітик|аналітика|політолог|політолога|міністр|міністра|посадовець|посадовця|журналіст|журналіста|губернатор|губернатора|голова|голови",
);
/** Roles that stand for any commentator named before: "the expert" after an analyst's words. */
export const commentatorRoles = words(
  "expert|analyst|political analyst|political scientist|эксперт|эксперта|эксперту|экспертом|аналитик|аналитика|политолог|политолога|експерт|експерта|експерту|експертом|аналітик|аналітика|політолог|політолога",
);
/** Unnamed sources: an outlet citing them is the speaker ("со ссылкой на источники"). */
export const unnamedSources = words(
  "sources?|источник|источники|источников|источникам|джерело|джерела|джерел|джерелам|insiders?|инсайдер\\p{L}*",
);
/** Words that end an outlet's or organisation's name and mark it as one: "The Wall Street Journal", "РИА Новости". */
export const outletWords = words(
  "journal|times|post|news|press|telegraph|guardian|gazette|herald|tribune|magazine|radio|tv|television|agency|reuters|bloomberg|interfax|tass|ria|novosti|bbc|cnn|nbc|abc|cbs|afp|ap|dw|rt|wsj|nyt|politico|axios|ukrinform|unian|sputnik|meduza|euronews|newsweek|" +
    "інтерфакс|интерфакс|тасс|риа|новости|известия|коммерсант|ведомости|рбк|би|бі|ввс|укрінформ|уніан|правда|правди|медуза|спутник|газета|новини|суспільне|нв|цензор",
);
/** Words in the name of an organisation rather than a person: "Russian Foreign Ministry", «Минобороны». */
export const organisationWords = words(
  "ministry|department|office|council|committee|service|government|kremlin|parliament|congress|senate|house|army|forces|union|institute|university|company|corporation|bank|organization|organisation|state|states|united|nations|federation|kingdom|republic|" +
    "министерство|минобороны|мид|кремль|правительство|совет|комитет|служба|госдума|дума|армия|институт|компания|корпорация|банк|республика|" +
    "міністерство|міноборони|мзс|уряд|рада|комітет|служба|армія|інститут|компанія|корпорація|банк|республіка",
);
/** Words that may stand around a speaker's name but are not part of it: "Cuban officials not only", "also the". */
export const notOfName = words(
  "not|only|also|again|then|later|once|now|just|even|too|already|repeatedly|publicly|flatly|earlier|meanwhile|further|first|initially|originally|recently|previously|" +
    "the|a|an|this|that|these|those|it|is|was|were|has|have|had|will|would|" +
    "не|только|лише|лишь|тільки|также|тоже|також|теж|ранее|раніше|уже|вже|снова|знову|же|ж|при|этом|цьому|тому|этого|цього|" +
    "об|о|про|в|у|на|с|со|з|із|зі|як|как|по|за|до|от|від",
);
/** Frames that hand a claim back to the one who made it: "for saying", «за слова о», "за твердження про". */
export const claimFrames = anyWord(
  "for saying|for claiming|for suggesting|for asserting|for alleging|for stating|over (?:his|her|their) (?:claim|remarks?|statement)|" +
    "за слова|за заявление|за заявления|за утверждение|за утверждения|за высказывание|из-за (?:слов|заявлени[яй]|утверждени[яй])|" +
    "за заяву|за заяви|за твердження|за висловлювання|через (?:слова|заяву|заяви|твердження)",
);
/** Nouns of what someone said, whose speaker stands beside them: "Bolton's claim that", «сообщения WSJ о». */
export const claimNouns = anyWord(
  "claims?|assertions?|statements?|allegations?|estimates?|reports?|figures?|" +
    "заявлени[еяю]|заявлений|утверждени[еяю]|утверждений|сообщени[еяю]|сообщений|данн(?:ые|ых)|оценк[аиу]|слова|" +
    "заяв[аиу]|заяв|твердження|тверджень|повідомлення|повідомлень|дані|даних|оцінк[аиу]",
);
/** "по его словам", «за її словами», "in his words": the pronoun is the speaker, standing for a name before. */
export const pronounWordsPhrases = anyWord(
  "по (?:его|ее|её|их) (?:словам|данным|мнению|оценке|подсчетам)|за (?:його|її|їхніми|їхньою) (?:словами|даними|оцінкою|підрахунками)|на (?:його|її|їхню) думку|in (?:his|her|their) (?:words|estimate)|by (?:his|her|their) (?:estimate|count)",
);
