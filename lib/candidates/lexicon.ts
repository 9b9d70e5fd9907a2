/**
 * The words the candidate extractor reads, in English, Ukrainian and Russian. Each
 * list is a regular expression over one lower-cased token; Ukrainian and Russian
 * entries cover the case forms a number or noun takes after a numeral.
 */

const words = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");
const APOS = "['’ʼ]";

/** Number words and their values; hundreds multiply what precedes when written "two hundred". */
export const numberWords: [RegExp, number][] = [
  [words("one|один|одна|одне|одно|одного|одній|одной|одним|одному"), 1],
  [words("two|два|дві|две|двох|двух|двом|двум|двома|двумя"), 2],
  [words("three|три|трьох|трех|трёх|трьом|трем|трём|трьома|тремя"), 3],
  [words("four|чотири|чотирьох|чотирма|четыре|четырех|четырёх|четырьмя"), 4],
  [words(`five|п${APOS}?ять|п${APOS}?яти|п${APOS}?ятьох|пять|пяти|пятью`), 5],
  [words("six|шість|шести|шістьох|шесть|шестью"), 6],
  [words("seven|сім|семи|сімох|семь|семью"), 7],
  [words("eight|вісім|восьми|вісьмох|восемь|восемью"), 8],
  [words(`nine|дев${APOS}?ять|дев${APOS}?яти|девять|девяти`), 9],
  [words("ten|десять|десяти|десятьох|десятью"), 10],
  [words("eleven|одинадцять|одинадцяти|одиннадцать|одиннадцати"), 11],
  [words("twelve|дванадцять|дванадцяти|двенадцать|двенадцати"), 12],
  [words("thirteen|тринадцять|тринадцяти|тринадцать|тринадцати"), 13],
  [words("fourteen|чотирнадцять|чотирнадцяти|четырнадцать|четырнадцати"), 14],
  [words(`fifteen|п${APOS}?ятнадцять|п${APOS}?ятнадцяти|пятнадцать|пятнадцати`), 15],
  [words("sixteen|шістнадцять|шістнадцяти|шестнадцать|шестнадцати"), 16],
  [words("seventeen|сімнадцять|сімнадцяти|семнадцать|семнадцати"), 17],
  [words("eighteen|вісімнадцять|вісімнадцяти|восемнадцать|восемнадцати"), 18],
  [words(`nineteen|дев${APOS}?ятнадцять|дев${APOS}?ятнадцяти|девятнадцать|девятнадцати`), 19],
  [words("twenty|двадцять|двадцяти|двадцать|двадцати"), 20],
  [words("thirty|тридцять|тридцяти|тридцать|тридцати"), 30],
  [words("forty|сорок|сорока"), 40],
  [words(`fifty|п${APOS}?ятдесят|п${APOS}?ятдесяти|пятьдесят|пятидесяти`), 50],
  [words("sixty|шістдесят|шістдесяти|шестьдесят|шестидесяти"), 60],
  [words("seventy|сімдесят|сімдесяти|семьдесят|семидесяти"), 70],
  [words("eighty|вісімдесят|вісімдесяти|восемьдесят|восьмидесяти"), 80],
  [words(`ninety|дев${APOS}?яносто|девяносто`), 90],
  [words("сто|ста"), 100],
  [words("двісті|двохсот|двести|двухсот"), 200],
  [words("триста|трьохсот|трехсот|трёхсот"), 300],
  [words("чотириста|чотирьохсот|четыреста|четырехсот|четырёхсот"), 400],
  [words(`п${APOS}?ятсот|п${APOS}?ятисот|пятьсот|пятисот`), 500],
  [words("шістсот|шестисот|шестьсот"), 600],
  [words("сімсот|семисот|семьсот"), 700],
  [words("вісімсот|восьмисот|восемьсот"), 800],
  [words(`дев${APOS}?ятсот|дев${APOS}?ятисот|девятьсот|девятисот`), 900],
  // "півтора мільйона", "полутора миллионов": one and a half
  [words("півтора|півтори|полтора|полторы|полутора"), 1.5],
  // "близько десятка військових", "около десятка военных", "дюжина ракет": ten, twelve
  [words("десяток|десятка|десятку|десятком"), 10],
  [words("dozen|дюжина|дюжини|дюжину|дюжины"), 12],
  // "півмільйона біженців", "полмиллиона беженцев"
  [words("півмільйона|полмиллиона"), 5e5],
  [words("півмільярда|полмиллиарда"), 5e8],
];

/** Words that multiply the number before them: "two dozen", "два десятки", "три десятка". */
export const multiplierWords: [RegExp, number][] = [
  [words("dozen|дюжини|дюжин|дюжины"), 12],
  [words("десятки|десятка|десятків|десятков"), 10],
];

/** "hundred" multiplies the number before it ("two hundred"); it is a scale of its own in English only. */
export const hundredWord = words("hundreds?");

/** Scale words after a number: "560 thousand", "20 тисяч", "$11 billion", "1,5 млн". */
export const scaleWords: [RegExp, number][] = [
  [words("thousands?|тисяч[аіу]?|тис|тысяч[аиу]?|тыс|k"), 1e3],
  [words("millions?|мільйон(?:а|ів|и|ами)?|миллион(?:а|ов|ы|ами)?|млн|mln|mn|m"), 1e6],
  [words("billions?|мільярд(?:а|ів|и|ами)?|миллиард(?:а|ов|ы|ами)?|млрд|bn|b"), 1e9],
  [words("trillions?|трильйон(?:а|ів|и)?|триллион(?:а|ов|ы)?|трлн|tn"), 1e12],
];

/**
 * Plural scale words with no number: "hundreds", "сотні", "тысячи", "мільярди".
 * They read as "between two and nine of them".
 */
export const pluralScales: [RegExp, number][] = [
  [words("dozens|десятки|десятків|десятков"), 12],
  [words("tens"), 10],
  [words("hundreds|сотні|сотень|сотни|сотен|сотнями"), 100],
  [words("thousands|тисячі|тисячами|тысячи|тысячами"), 1e3],
  [words("millions|мільйони|мільйонами|миллионы|миллионами"), 1e6],
  [words("billions|мільярди|мільярдами|миллиарды|миллиардами"), 1e9],
];
/** "dozens" counts in twelves, but "десятки" in tens. */
export const tensWord = words("десятки|десятків|десятков|tens");

/**
 * A scale noun standing alone is one of it, in every case: "тисяча", "тисячу", "тысячей",
 * "сотня", "десяток", "дюжину", "мільйоном". "тисячі", "тысячи", "сотні", "сотни" are also
 * plurals ("thousands"): they read as one only after a marker that takes the genitive.
 */
export const scaleNouns: [RegExp, number][] = [
  [words("тисяч[аіуе]|тисячею|тысяч[аиуе]|тысячей|тысячью"), 1e3],
  [words("сотн[яіюеи]|сотнею|сотней"), 100],
  [words("дюжин[аиуіые]|дюжиною|дюжиной"), 12],
  [words("десят(?:ок|ка|ком|ку)"), 10],
  [words("мільйон(?:а|ом|у)?|миллион(?:а|ом|у)?"), 1e6],
  [words("мільярд(?:а|ом|у)?|миллиард(?:а|ом|у)?"), 1e9],
];

/** "a few", "several", "кілька", "несколько": two to five of what follows. */
export const fewWords = words("few|several|кілька|декілька|кількох|декількох|несколько|нескольких|пару|пара");

/** Markers that make a number approximate; the first group widens it by a tenth either way. */
export const aroundWords = words(
  "about|around|some|roughly|approximately|approx|circa|ca|estimated|близько|приблизно|орієнтовно|порядку|около|примерно|приблизительно|порядка|ориентировочно",
);
export const nearlyWords = words("nearly|almost|майже|ледь|почти|едва");
export const boundWords = words(
  "over|above|exceeding|понад|більше|більш|щонайменше|свыше|более|больше|минимум|under|below|fewer|less|менше|меньше|максимум",
);
/** Two-word markers: "more than", "up to", "at least", "не менше", "не менее"... */
export const boundPhrases =
  /^(?:more than|less than|fewer than|up to|at least|at most|as many as|in excess of|не менше|не менее|не більше|не более|до|как минимум)$/u;

/** Currencies by symbol or word, before or after the number. */
export const currencies: [RegExp, string][] = [
  [words("\\$|us\\$|usd|dollars?|долар(?:ів|а|и|ах)?|дол|доллар(?:ов|а|ы|ах)?|долл"), "USD"],
  [words("€|eur|euros?|євро|евро"), "EUR"],
  [words("£|gbp|pounds?|фунт(?:ів|а|и|ов|ы)?"), "GBP"],
  [words("₴|uah|hryvnias?|hryvnyas?|грн|гривень|гривні|гривня|гривен|гривны"), "UAH"],
  [words("₽|rub|rubles?|roubles?|рубл(?:ів|я|і|ей|и)|руб"), "RUB"],
];

/** Units of measure a figure can carry; the counted noun then follows "of". */
export const measures: [RegExp, string][] = [
  [words("%|percent|per\\s?cent|відсотк(?:ів|а|и)|відсоток|процент(?:ов|а|ы)?|процент"), "%"],
  [words("tons?|tonnes?|тонн?|тонни|тонн|т"), "tons"],
  [words("barrels?|барел(?:ів|і|я|ь)|баррел(?:ей|я|и|ь)"), "barrels"],
  [words("km|kilometers?|kilometres?|км|кілометр(?:ів|а|и)?|километр(?:ов|а|ы)?"), "km"],
  [words("miles?|мил(?:ь|і|я|и)|миль"), "miles"],
  [words("kg|kilograms?|кг|кілограм(?:ів|а|и)?|килограмм(?:ов|а|ы)?"), "kg"],
  [words("litres?|liters?|літр(?:ів|а|и)?|литр(?:ов|а|ы)?"), "litres"],
  [words("gallons?|галон(?:ів|а|и)?|галлон(?:ов|а|ы)?"), "gallons"],
  [words("meters?|metres?|метр(?:ів|а|и)?|метр(?:ов|а|ы)?"), "m"],
  [words("hectares?|гектар(?:ів|а|и)?|гектар(?:ов|а|ы)?|га"), "ha"],
];

/** Months: a number beside one is a day or a year, not a figure. */
export const monthWords = words(
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
    "січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад(?:а|і)?|груд(?:ень|ня|ні)|" +
    "январ(?:ь|я|е)|феврал(?:ь|я|е)|март(?:а|е)?|апрел(?:ь|я|е)|ма(?:й|я|е)|июн(?:ь|я|е)|июл(?:ь|я|е)|август(?:а|е)?|сентябр(?:ь|я|е)|октябр(?:ь|я|е)|ноябр(?:ь|я|е)|декабр(?:ь|я|е)",
);
/** Words that make a four-digit number a year: "2018 year", "2019 року", "в 2013 г.". */
export const yearWords = words("year|years|yr|рік|року|році|роки|років|р|рр|год|года|году|годы|гг|г");
/** Words before a four-digit number that make it a year: "in 2019", "since 2014", "у 2018", "с 2015". */
export const yearPrepositions = words(
  "in|since|by|until|till|from|of|before|after|during|mid|early|late|spring|summer|autumn|fall|winter|у|в|з|із|від|до|після|протягом|весною|влітку|восени|взимку|с|со|от|после|по|весной|летом|осенью|зимой|начале|середине|конце",
);
/** Durations and ages are not figures: "two years ago", "кілька місяців", "за 5 днів". */
export const timeUnits = words(
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|" +
    "секунд[аиу]?|хвилин[аиу]?|годин[аиу]?|днів|дні|день|дня|доби|діб|тиж(?:ні|нів|день|ня)|місяц(?:ів|і|я|ь)|місяць|рок(?:ів|и|у)|рік|десятиліт(?:ь|тя)|століт(?:ь|тя)|" +
    "минут[аиу]?|час(?:а|ов)?|дней|суток|сутки|недел(?:ь|и|я|ю)|месяц(?:ев|а|ы)?|лет|года?|десятилети(?:й|я)|век(?:ов|а)?",
);
/** Words after which a number names something: "Article 51", "No. 5", "page 3", "стаття 2". */
export const referenceWords = words(
  "no|nos|number|article|articles|resolution|paragraph|page|chapter|section|item|flight|route|стаття|статті|статтею|пункт|пункту|сторінка|статья|статьи|статьей|страница|глава|розділ|рейс|№|#|§",
);
/** Time of day: "10 am", "о 10 год.", "в 15 ч". */
export const clockWords = words("am|pm|a\\.m|p\\.m|gmt|utc|cet|msk|o'clock|o’clock|год|ч");

/** Words that end a counted noun phrase: articles, prepositions, conjunctions, auxiliaries. */
export const stopWords = words(
  "a|an|the|and|or|but|nor|of|in|on|at|to|from|by|for|with|without|into|onto|over|under|about|around|after|before|since|until|during|despite|following|across|against|among|behind|beyond|near|via|within|throughout|upon|toward|towards|along|than|as|per|each|every|daily|annually|last|next|yesterday|today|tomorrow|" +
    "is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|that|which|who|whom|whose|this|these|those|it|its|their|his|her|our|your|there|here|now|then|already|still|alone|more|less|only|just|also|too|so|who|when|where|while|if|because|ago|" +
    "і|й|та|або|чи|але|а|у|в|на|з|із|зі|до|від|по|за|для|про|при|під|над|між|через|без|після|перед|серед|проти|біля|навколо|що|які|який|яка|яке|це|цей|ця|ці|той|та|ті|вже|ще|тільки|лише|також|тому|щодня|щороку|минулого|наступного|цього|вчора|сьогодні|" +
    "и|или|но|с|со|к|от|о|об|из|после|перед|среди|против|возле|вокруг|внутри|через|что|которые|который|которая|которое|это|этот|эта|эти|тот|те|уже|ещё|еще|только|лишь|также|тоже|назад|ежедневно|ежегодно|тому|прошлого|следующего|этого|вчера|сегодня",
);

/** Verbs of saying that attribute words to a speaker. */
export const sayingVerbs = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    [
      "says|said|told|tells|stated|noted|added|announced|claimed|wrote|writes|tweeted|warned|explained|insisted|argued|declared|confirmed|acknowledged|admitted|stressed|emphasi[sz]ed|asserted|alleged|concluded|continued|commented|quotes|quoted|cites|cited|replied|responded|remarked",
      "заяв(?:ив|ила|или|ило|ляє|ляють)|повідом(?:ив|ила|или|ило|ляє|ляють)|сказа(?:в|ла|ли|ло)|дода(?:в|ла|ли|ло)|зазнач(?:ив|ила|или|ило|ає|ають)|наголос(?:ив|ила|или|ило|ив)|підкресл(?:ив|ила|или)|написа(?:в|ла|ли)|запевн(?:ив|ила|или)|поясн(?:ив|ила|или)|стверджу(?:є|ють|вав)|вважає|цитує|пише|відповів|відповіла|прокоментува(?:в|ла|ли)",
      "заяв(?:ил|ила|или|ило|ляет|ляют)|сообщ(?:ил|ила|или|ило|ает|ают)|сказа(?:л|ла|ли|ло)|добав(?:ил|ила|или)|отмет(?:ил|ила|или)|подчеркн(?:ул|ула|ули)|написа(?:л|ла|ли)|завери(?:л|ла|ли)|поясни(?:л|ла|ли)|утвержда(?:ет|ют|л)|считает|цитирует|пишет|переда[её]т|ответи(?:л|ла)|прокомментирова(?:л|ла|ли)",
    ].join("|") +
    String.raw`)(?!\p{L})`,
  "iu",
);
/** Phrases whose speaker follows them: "according to X", "за словами X", "по словам X". */
export const sourcePhrases = new RegExp(
  String.raw`(?<!\p{L})(?:according to|in the words of|as reported by|as announced by|за словами|за даними|на думку|як повідомляє|як заявив|як заявила|як пише|по словам|по данным|по мнению|как сообщает|как заявил|как заявила|как пишет|со ссылкой на|з посиланням на|citing)(?!\p{L})`,
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
  "(?:is|was|that's|that’s|it's|it’s|this is) (?:a |an )?(?:lie|falsehood|fabrication)|not true|untrue|baseless|unfounded|groundless|fake|false|liar|absurd|nonsense",
  "спростування|брехн(?:я|ею|і)|неправд(?:а|ою|и)|не відповіда(?:є|ють) дійсності|безпідставн\\p{L}*|фейк\\p{L}*|абсурд\\p{L}*|нісенітниц\\p{L}*",
  "лож(?:ь|ью|и)|неправд(?:а|ой|ы)|не соответству(?:ет|ют) действительности|беспочвенн\\p{L}*|голословн\\p{L}*|фейк\\p{L}*|абсурд\\p{L}*|чепух(?:а|ой)",
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
