/**
 * What a page leaves in text copied from it that is not the article: navigation, menus, buttons,
 * notices and the site's own name, in English, Ukrainian and Russian. Kinds of lines, not one site's.
 */

/** Items of menus, breadcrumbs and buttons, each a whole line or a whole part of one between separators. */
const NAVIGATION = new Set(
  [
    // English
    "home|home page|homepage|main page|main menu|menu|navigation|search|close|open|back|next|previous|more|top",
    "news|latest|latest news|top stories|top news|most read|most popular|breaking|breaking news|live|trending|headlines",
    "world|europe|politics|economy|business|markets|sport|sports|culture|science|tech|technology|health|opinion|weather",
    "video|videos|photo|photos|gallery|podcasts|multimedia|in pictures|analysis|features|blogs|society|local|region|regions",
    "share|share this|share this article|tweet|email|e-mail|print|copy link|comments|comment|save|bookmark|like",
    "facebook|twitter|x|telegram|whatsapp|viber|linkedin|youtube|instagram|tiktok|vk|vkontakte|odnoklassniki|rss",
    "sign in|sign up|log in|login|log out|register|subscribe|account|my account|profile|donate|support us|contact|contacts|about|about us",
    "advertisement|advertising|ad|sponsored|promoted|partner content|related|related articles|related news|see also|read more|read also|read full article|read the full article|full article|original article",
    "en|eng|english|uk|ua|ukr|українська|ru|rus|русский|language|edition",
    // Ukrainian
    "головна|головна сторінка|меню|пошук|закрити|відкрити|назад|далі|ще|більше|навігація",
    "новини|останні новини|головні новини|стрічка новин|найпопулярніше|найчитаніше|популярне|термінові новини|наживо|онлайн",
    "світ|у світі|в світі|україна|політика|економіка|бізнес|спорт|культура|наука|технології|здоров'я|здоров’я|думки|думка|погода",
    "відео|фото|фотогалерея|подкасти|мультимедіа|аналітика|блоги|суспільство|регіони|війна|статті|інтерв'ю|інтерв’ю",
    "поділитися|надіслати|друк|надрукувати|скопіювати посилання|коментарі|коментувати|зберегти",
    "увійти|вхід|вийти|реєстрація|зареєструватися|підписатися|підписка|профіль|кабінет|підтримати|контакти|про нас",
    "реклама|партнерський матеріал|спецпроєкт|спецпроект|читайте також|дивіться також|читати далі|читати більше|схожі новини|теги|читати повністю|оригінал",
    // Russian
    "главная|главная страница|меню|поиск|закрыть|открыть|назад|далее|ещё|еще|больше|навигация",
    "новости|последние новости|главные новости|лента новостей|лента|самое популярное|самое читаемое|популярное|срочные новости|онлайн",
    "мир|в мире|россия|политика|экономика|бизнес|спорт|культура|наука|технологии|здоровье|мнения|мнение|погода|происшествия",
    "видео|фото|фотогалерея|подкасты|мультимедиа|аналитика|блоги|общество|регионы|статьи|интервью",
    "поделиться|отправить|печать|распечатать|скопировать ссылку|копировать ссылку|комментарии|комментировать|сохранить",
    "войти|вход|выйти|регистрация|зарегистрироваться|подписаться|подписка|профиль|кабинет|поддержать|контакты|о нас",
    "реклама|партнерский материал|партнёрский материал|спецпроект|читайте также|смотрите также|читать далее|читать еще|читать ещё|похожие новости|теги|читать полностью|оригинал",
  ].flatMap((group) => group.split("|")),
);

/** Notices and widgets, recognised by what they say wherever they stand in the line. */
const NOTICES = [
  /^(skip|jump|go) to\b/i,
  /^(перейти|пропустити|пропустить)\s/iu,
  /\baccessibility\b|спеціальні можливості|специальные возможности|версія для (людей з порушенням зору|слабозорих)|версия для слабовидящих/iu,
  /\bcookies?\b|(?<!\p{L})(файл(и|ы)?\s+)?(cookie|куки)(?!\p{L})/iu,
  /\b(subscribe|sign up|newsletter)\b|(?<!\p{L})(підпис(атися|уйтеся|уйтесь)|подпис(аться|ывайтесь))(?!\p{L})/iu,
  /^(share|follow us|поділіться|поділитися|поделитесь|поделиться|стежте за нами|слідкуйте за нами|следите за нами)(?!\p{L})/iu,
  /^(©|\(c\)|copyright)|all rights reserved|усі права захищені|всі права захищені|все права защищены/iu,
  /^(image|photo|picture|video|media|illustration|фото|зображення|ілюстрація|иллюстрация|изображение|відео|видео)(\s+(caption|source|credit))?\s*[:/©]/iu,
  /^(listen to this article|\d+\s*(min|mins|minutes?|хв|хвилин[аи]?|мин|минут[аы]?)(\.|\s)*(read|читання|чтения|читать)?$)/iu,
  /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$/iu,
  /^(updated|published|posted|оновлено|опубліковано|обновлено|опубликовано)(?!\p{L})/iu,
];

const SEPARATORS = /\s*(?:[|/•·>»›]|\s[-–—]\s)\s*/u;
const bare = (part: string) =>
  part
    .toLowerCase()
    .replace(/^[\s\-–—|•·*#>»›:]+|[\s\-–—|•·*:.!»›]+$/gu, "")
    .replace(/\s+/g, " ");

/** A line made only of menu, breadcrumb and button words ("Главная / Новости", "Share", "Menu"). */
export function isNavigation(line: string): boolean {
  const parts = line.split(SEPARATORS).map(bare).filter(Boolean);
  return parts.length > 0 && parts.every((part) => NAVIGATION.has(part));
}

/** A line naming only the site after a dash or a pipe: "- Sputnik International", "| BBC News". */
export function siteNameLine(line: string): string | null {
  const named = /^\s*[-–—|•·]\s*([\p{L}\d][^.!?:;]{1,60})$/u.exec(line);
  const name = named?.[1]?.trim();
  return name && name.split(/\s+/).length <= 5 && !isDebris(name) ? name : null;
}

/** A line that is not the article: navigation, a notice, the site's name alone, a number or a time alone. */
export function isDebris(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (isNavigation(text)) return true;
  if (NOTICES.some((notice) => notice.test(text))) return true;
  if (/^[-–—|•·]\s*\S/u.test(text) && text.split(/\s+/).length <= 6) return true;
  return !/\p{L}{2}/u.test(text);
}

// Words by which a name after a dash or a pipe at the end of a title is a site's, not part of the title.
const SITE_WORDS =
  /(?<!\p{L})(news|international|online|today|times|post|daily|tv|media|radio|agency|press|wire|journal|herald|новини|новости|тв|агентство|медіа|медиа|газета|правда|радіо|радио)(?!\p{L})|\.[a-z]{2,4}$/iu;

/** A title without the site's name a page adds after it ("… | BBC News", "… - Sputnik International"). */
export function withoutSiteName(title: string, outlet: string | null): string {
  const cut = /^(.{12,}?)\s+(?:\||[-–—])\s+([^|–—]{2,60})$/u.exec(title);
  if (!cut) return title;
  const [, head, tail] = cut as unknown as [string, string, string];
  const site = title.includes(" | ") || SITE_WORDS.test(tail) || (outlet && bare(tail) === bare(outlet));
  return site && tail.split(/\s+/).length <= 5 ? head.trim() : title;
}
