/** What a list of articles shows of each: title, language, date and outlet (events, search, the picker). */
export const articleHeading = {
  id: true,
  title: true,
  lang: true,
  publishedAt: true,
  datePrecision: true,
  outlet: { select: { id: true, name: true } },
} as const;
