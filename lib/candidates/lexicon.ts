/**
 * The words the candidate extractor reads, in English, Ukrainian and Russian. Each
 * list is a regular expression over one lower-cased token; Ukrainian and Russian
 * entries cover the case forms a number or noun takes after a numeral. These are the
 * words of figures; the words of reported speech are in speech-lexicon.ts.
 */

export const words = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");
export const APOS = "['’ʼ]";

/**
 * Number words and their values; hundreds multiply what precedes when written "two hundred".
 * Collective numerals count people: «шестеро моряків», «трое военнослужащих», «двоє пасажирів».
 */
export const numberWords: [RegExp, number][] = [
  [words("one|один|одна|одне|одно|одного|одній|одной|одним|одному"), 1],
  [words("two|два|дві|две|двох|двух|двом|двум|двома|двумя|двоє|двое|двоих|двоим"), 2],
  [words("three|три|трьох|трех|трёх|трьом|трем|трём|трьома|тремя|троє|трое|троих|троим"), 3],
  [words("four|чотири|чотирьох|чотирма|четыре|четырех|четырёх|четырьмя|четверо|четверых"), 4],
  [words(`five|п${APOS}?ять|п${APOS}?яти|п${APOS}?ятьох|пять|пяти|пятью|п${APOS}?ятеро|пятеро|пятерых`), 5],
  [words("six|шість|шести|шістьох|шесть|шестью|шестеро|шестерых"), 6],
  [words("seven|сім|семи|сімох|семь|семью|семеро|семерых"), 7],
  [words("eight|вісім|восьми|вісьмох|восемь|восемью|восьмеро|восьмерых"), 8],
  [words(`nine|дев${APOS}?ять|дев${APOS}?яти|девять|девяти|дев${APOS}?ятеро|девятеро|девятерых`), 9],
  [words("ten|десять|десяти|десятьох|десятью|десятеро|десятерых"), 10],
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
  [words("thousands?|тисяч(?:[аіу]|ах|ам|ами)?|тис|тысяч(?:[аиу]|ах|ам|ами)?|тыс|k"), 1e3],
  [words("millions?|мільйон(?:а|ів|и|ами|ах|ам)?|миллион(?:а|ов|ы|ами|ах|ам)?|млн|mln|mn|m"), 1e6],
  [words("billions?|мільярд(?:а|ів|и|ами|ах|ам)?|миллиард(?:а|ов|ы|ами|ах|ам)?|млрд|bn|b"), 1e9],
  [words("trillions?|трильйон(?:а|ів|и)?|триллион(?:а|ов|ы)?|трлн|tn"), 1e12],
];

/**
 * Plural scale words with no number: "hundreds", "сотні", "тысячи", "мільярди".
 * They read as "between two and nine of them".
 */
export const pluralScales: [RegExp, number][] = [
  [words("dozens|десятки|десятків|десятков"), 12],
  [words("tens"), 10],
  [words("hundreds|сотні|сотень|сотни|сотен|сотнями|сотнях|сотням"), 100],
  [words("thousands|тисячі|тисячами|тисячах|тисячам|тысячи|тысячами|тысячах|тысячам"), 1e3],
  [words("millions|мільйони|мільйонами|мільйонах|миллионы|миллионами|миллионах"), 1e6],
  [words("billions|мільярди|мільярдами|мільярдах|миллиарды|миллиардами|миллиардах"), 1e9],
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
  "over|above|exceeding|понад|більше|більш|щонайменше|свыше|более|больше|минимум|under|below|fewer|less|менше|меньше|максимум|до",
);
/** Two-word markers: "more than", "up to", "at least", "не менше", "не менее"... */
export const boundPhrases =
  /^(?:more than|less than|fewer than|up to|at least|at most|as many as|in excess of|не менше|не менее|не більше|не более|как минимум|вплоть до|аж до)$/u;
/** "до" and "up to" end a change rather than bound a figure after these: "скоротилася до", "cut … to". */
export const changeWords = words(
  "cut|cuts|reduced?|reduces|reducing|reduction|slashed|lower(?:ed|s|ing)?|shrank|shrunk|shrinks|fell|fallen|falls|dropped|drops|declined?|declines|decreased?|decreases|dwindled|down|" +
    "rose|risen|rises|grew|grown|grows|increased?|increases|climbed|jumped|soared|surged|expanded|raised|boosted|" +
    "скороти\\p{L}*|скороч\\p{L}*|зменш\\p{L}*|знизи\\p{L}*|зниж\\p{L}*|впа(?:в|ла|ли|ло)|паді\\p{L}*|зріс|зрос(?:ла|ли|ло|тає|тають|тання)|збільш\\p{L}*|виріс|вирос(?:ла|ли|ло)|підвищ\\p{L}*|" +
    "сократ\\p{L}*|сокращ\\p{L}*|уменьш\\p{L}*|сниз\\p{L}*|сниж\\p{L}*|упа(?:л|ла|ли|ло)|падени\\p{L}*|вырос(?:ла|ли|ло)?|возрос(?:ла|ли|ло)?|рост|роста|увелич\\p{L}*|повыс\\p{L}*|повыш\\p{L}*",
);
/** Where a change starts: "from 1,000", "с тысячи", "з тисячі", "від 20", "от 20". */
export const fromWords = words("from|с|со|з|із|зі|від|от");
/**
 * Prepositions that take the genitive: after them "тысячи", "тисячі", "сотни", "сотні" are
 * the genitive singular, one thousand or one hundred ("с тысячи", "до тисячі"), not "thousands".
 */
export const genitivePrepositions = words("с|со|з|із|зі|от|від|до|из|без|для|вместо|замість|кроме|крім");
/** Words before a number that make it an age: "aged 45", "at the age of 45", "віком 45". */
export const ageWords = words("aged|age|ages|віком|вік|віці|возрасте|возрастом|возраст");
/**
 * Words before a time of day written with a full stop: "о 10.30", "в 10.30", "до 18.00". Ukrainian
 * and Russian write decimals with a comma; English "at 10.30" may be a rate, so it has none.
 */
export const timePrepositions = words("о|об|в|во|у|до|з|із|від|після|близько|с|со|от|после|около|к");

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
export const yearWords = words(
  "year|years|yr|рік|року|році|роки|років|роках|рокам|р|рр|год|года|году|годы|годов|годах|годам|гг|г",
);
/** Words before a four-digit number that make it a year: "in 2019", "since 2014", "у 2018", "с 2015". */
export const yearPrepositions = words(
  "in|since|by|until|till|from|of|before|after|during|mid|early|late|spring|summer|autumn|fall|winter|у|в|з|із|від|до|після|протягом|весною|влітку|восени|взимку|с|со|от|после|по|весной|летом|осенью|зимой|начале|середине|конце",
);
/** Durations and ages are not figures: "two years ago", "кілька місяців", "за 5 днів". */
export const timeUnits = words(
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|" +
    "секунд[аиу]?|хвилин[аиу]?|годин(?:[аиу]|ам|ами|ах)?|днів|дні|день|дня|дням|днями|днях|доби|діб|тиж(?:ні|нів|день|ня|ням|нями|нях)|місяц(?:ів|і|я|ь|ям|ями|ях)|місяць|рок(?:ів|и|у|ам|ами|ах)|рік|десятиліт(?:ь|тя)|століт(?:ь|тя)|" +
    "минут[аиу]?|час(?:а|ов|ам|ами|ах)?|дней|суток|сутки|недел(?:ь|и|я|ю|ям|ями|ях)|месяц(?:ев|а|ы|ам|ами|ах)?|лет|года?|годам|годами|годах|десятилети(?:й|я)|век(?:ов|а)?",
);
/** Words after which a number names something: "Article 51", "No. 5", "page 3", "стаття 2". */
export const referenceWords = words(
  "no|nos|number|article|articles|resolution|paragraph|page|chapter|section|item|flight|route|стаття|статті|статтею|пункт|пункту|сторінка|статья|статьи|статьей|страница|глава|розділ|рейс|№|#|§",
);
/** Time of day: "10 am", "о 10 год.", "в 15 ч". */
export const clockWords = words(
  "am|pm|a\\.m|p\\.m|gmt|utc|cet|msk|o'clock|o’clock|год|ч|ранку|вечора|ночі|утра|вечера|ночи",
);

/** Words that end a counted noun phrase: articles, prepositions, conjunctions, auxiliaries. */
export const stopWords = words(
  "a|an|the|and|or|but|nor|of|in|on|at|to|from|by|for|with|without|into|onto|over|under|up|down|about|around|after|before|since|until|during|despite|following|across|against|among|behind|beyond|near|via|within|throughout|upon|toward|towards|along|than|as|per|each|every|daily|annually|last|next|yesterday|today|tomorrow|" +
    "is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|that|which|who|whom|whose|this|these|those|it|its|their|his|her|our|your|there|here|now|then|already|still|alone|more|less|only|just|also|too|so|who|when|where|while|if|because|ago|" +
    "і|й|та|або|чи|але|а|у|в|на|з|із|зі|до|від|по|за|для|про|при|під|над|між|через|без|після|перед|серед|проти|біля|навколо|що|які|який|яка|яке|це|цей|ця|ці|той|та|ті|вже|ще|тільки|лише|також|тому|щодня|щороку|минулого|наступного|цього|вчора|сьогодні|" +
    "и|или|но|с|со|к|от|о|об|из|после|перед|среди|против|возле|вокруг|внутри|через|что|которые|который|которая|которое|это|этот|эта|эти|тот|те|уже|ещё|еще|только|лишь|также|тоже|назад|ежедневно|ежегодно|тому|прошлого|следующего|этого|вчера|сегодня",
);
