import type { Page } from "@playwright/test";
import { createAccount, signInQuickly, type Role } from "./accounts";
import { articleIdByTitle, demoEventId, languages, type Lng } from "./fixtures";
import { axeProblems, layoutProblems, wrappedTabs } from "./layout";
import { pages, type DemoIds } from "./pages";
import { expect, test } from "./test";

/**
 * The walk: every page of `pages.ts`, in every language, at phone width, as every role,
 * must fit the screen and pass axe (colour contrast included), and must be the app's own
 * page in the path's language, even where the answer is "not found" or "forbidden".
 */
test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

async function demoIds(page: Page): Promise<DemoIds> {
  const { request } = page;
  const outlets = (await (await request.get("/api/outlets")).json()) as { outlets: { id: string }[] };
  const entities = (await (await request.get("/api/entities?q=Zakharova")).json()) as { entities: { id: string }[] };
  return {
    event: await demoEventId(request),
    article: await articleIdByTitle(request, "Диктатор"),
    outlet: outlets.outlets[0]!.id,
    entity: entities.entities[0]!.id,
  };
}

/**
 * Who walks: the signed-out reader, the admin (who sees every control an editor or a viewer sees,
 * and more) and an editor in the dark theme, in every language; each checks that every page fits.
 * Axe runs for each of the three once, between them every element of every page in both themes:
 * the reader and the admin in English, the dark theme in Ukrainian (what axe checks does not change
 * with the words; the layout, checked in every language, does).
 */
const visitors: { role: Role | "anonymous"; scheme: "light" | "dark"; axe: Lng[] }[] = [
  { role: "anonymous", scheme: "light", axe: ["en"] },
  { role: "admin", scheme: "light", axe: ["en"] },
  { role: "editor", scheme: "dark", axe: ["uk"] },
];

for (const lng of languages) {
  for (const { role, scheme, axe: axeIn } of visitors) {
    const axe = axeIn.includes(lng);
    test(`every page fits a 375 px phone${axe ? " and passes axe" : ""}: ${lng}, ${role}, ${scheme} theme`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      if (role !== "anonymous") await signInQuickly(page, createAccount(role, `walk-${role}`));
      const ids = await demoIds(page);
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const entry of pages) {
        for (const path of entry.paths(ids)) {
          const response = await page.goto(`/${lng}${path}`);
          // a path that redirects to a page already checked (/events to the events list) is done
          if (seen.has(page.url())) continue;
          seen.add(page.url());
          const own = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            header: document.querySelector("header.site-header") !== null,
          }));
          const found = [
            ...(response && response.status() >= 500 ? [`answered ${response.status()}`] : []),
            ...(own.lang === lng ? [] : [`html lang is "${own.lang}"`]),
            ...(own.header ? [] : ["not the app's own page (no site header)"]),
            ...(await layoutProblems(page)),
            ...(axe ? await axeProblems(page) : []),
          ];
          for (const problem of found) {
            problems.push(`${lng}${path}: ${problem}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

/** Runs axe on what the page shows now, after a click or a key, and names the state. */
async function checkState(page: Page, state: string, problems: string[]) {
  // what a navigation streams in (the title, the candidates' counts) has arrived
  await page.waitForLoadState("networkidle");
  for (const problem of await axeProblems(page)) problems.push(`${state}: ${problem}`);
}

// the states in both themes, one in a Latin and one in a Cyrillic interface: colours do not change with the
// language, and every language's layout is walked above at 375 px
const stateWalks: [Lng, "light" | "dark"][] = [
  ["en", "light"],
  ["uk", "dark"],
];
for (const [lng, scheme] of stateWalks) {
  test(`states reached by interaction pass axe, colour contrast included: ${lng}, ${scheme} theme`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signInQuickly(page, createAccount("admin", "walk-states"));
    const ids = await demoIds(page);
    const problems: string[] = [];

    await page.goto(`/${lng}/events/${ids.event}`);
    await page.locator(".export-menu summary").click();
    await checkState(page, "event page, Export menu open", problems);
    await page.locator(".export-menu li a").first().hover();
    await checkState(page, "event page, menu item under the pointer", problems);
    await page.keyboard.press("Escape");
    await page.locator(".view-tabs a").nth(1).focus();
    await checkState(page, "event page, a view tab focused", problems);
    // the selected view, loaded afresh: checked mid-navigation, axe would see React swap the title
    await page.goto(`/${lng}/events/${ids.event}?view=claims`);
    await expect(page.locator('.view-tabs a[aria-current="page"]')).toHaveAttribute("href", /view=claims/);
    await checkState(page, "event page, second view selected", problems);

    await page.goto(`/${lng}/articles/${ids.article}`);
    await page.locator(".pane-tabs [role=tab]").nth(1).click();
    await checkState(page, "article on a phone, claims pane selected", problems);
    const panelTabs = page.locator("aside [role=tab]");
    await panelTabs.nth(1).click();
    await expect(panelTabs.nth(1)).toHaveAttribute("aria-selected", "true");
    await checkState(page, "article, candidates tab selected", problems);
    await panelTabs.first().click();
    await page.locator(".panel-items > li").first().focus();
    await checkState(page, "article, a claim focused", problems);

    await page.goto(`/${lng}/import`);
    await page.getByRole("tab").nth(1).click();
    await checkState(page, "import, paste tab selected", problems);

    // on paper: black on white whatever the theme, the text and its claims both there, no navigation
    await page.emulateMedia({ media: "print", colorScheme: scheme });
    await page.goto(`/${lng}/events/${ids.event}`);
    await expect(page.locator("header.site-header")).toBeHidden();
    await expect(page.locator(".aspect-block").first()).toBeVisible();
    await checkState(page, "event page, printed", problems);
    await page.goto(`/${lng}/articles/${ids.article}`);
    await expect(page.locator(".article-text")).toBeVisible();
    await expect(page.locator(".panel-items")).toBeVisible();
    await expect(page.locator(".pane-tabs")).toBeHidden();
    await checkState(page, "article, printed", problems);

    expect(problems).toEqual([]);
  });
}

test("tab rows keep to one line on a wide screen in every language", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInQuickly(page, createAccount("admin", "walk-tabs"));
  const ids = await demoIds(page);
  const wrapped: string[] = [];
  for (const lng of languages) {
    for (const path of [`/events/${ids.event}`, `/articles/${ids.article}`, "/import"]) {
      await page.goto(`/${lng}${path}`);
      for (const label of await wrappedTabs(page)) wrapped.push(`${lng}${path}: ${label}`);
    }
  }
  expect(wrapped).toEqual([]);
});
