/**
 * Every page of the app, in one place: the walk in `pages.spec.ts` opens each of them
 * in every language, at phone width, as every role. `pages.test.ts` fails when a
 * `page.tsx` under `app/[lng]` has no entry here, so a new page cannot be missed.
 */

/** The ids of the demo corpus a path needs, read from the API before the walk. */
export interface DemoIds {
  event: string;
  article: string;
  outlet: string;
  entity: string;
}

export interface PageEntry {
  /** The route as the folder under `app/[lng]` names it. */
  route: string;
  /** The paths that show the route's states, after `/{lng}`. */
  paths: (ids: DemoIds) => string[];
}

export const pages: PageEntry[] = [
  { route: "/", paths: () => [""] },
  { route: "/events", paths: () => ["/events"] },
  {
    route: "/events/[id]",
    paths: ({ event }) => [`/events/${event}`, `/events/${event}?view=claims`, `/events/${event}?view=timeline`],
  },
  { route: "/articles/[id]", paths: ({ article }) => [`/articles/${article}`] },
  { route: "/outlets", paths: () => ["/outlets"] },
  { route: "/outlets/[id]", paths: ({ outlet }) => [`/outlets/${outlet}`] },
  { route: "/outlets/[id]/edit", paths: ({ outlet }) => [`/outlets/${outlet}/edit`] },
  { route: "/entities", paths: () => ["/entities"] },
  { route: "/entities/[id]", paths: ({ entity }) => [`/entities/${entity}`] },
  { route: "/search", paths: () => ["/search", "/search?q=%D0%B2%D0%BE%D0%B9%D1%81%D0%BA"] },
  { route: "/import", paths: () => ["/import"] },
  { route: "/welcome", paths: () => ["/welcome"] },
  { route: "/sign-in", paths: () => ["/sign-in", "/sign-in?error=invalid"] },
  { route: "/account", paths: () => ["/account"] },
  { route: "/admin/users", paths: () => ["/admin/users"] },
  { route: "/admin/audit", paths: () => ["/admin/audit"] },
  { route: "/admin/data", paths: () => ["/admin/data"] },
  // the app's own screens for what is not there
  { route: "/[...missing]", paths: ({ outlet }) => ["/no-such-page", `/outlets/${outlet}x`] },
];
