import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * What does not fit on the page as shown: the page wider than the viewport, or an element
 * cut off, either past the viewport's edge or by an ancestor that hides its overflow.
 * Content inside a box that scrolls sideways (a data table, a chart) is reachable and
 * counts as fitting, as long as the box itself fits. One line per problem.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide in a ${width} px viewport`);

    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ")[0]}` : "";
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    // An element that hides itself on purpose (the visually-hidden pattern) is not cut off.
    const hiddenOnPurpose = (el: Element, style: CSSStyleDeclaration) =>
      style.clipPath !== "none" || style.clip.startsWith("rect") || el.closest("[hidden], dialog:not([open])") !== null;

    const reported = new Set<Element>();
    for (const el of document.body.querySelectorAll("*")) {
      // the outermost offender only: its children follow it out
      if (el.parentElement && reported.has(el.parentElement)) {
        reported.add(el);
        continue;
      }
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || style.position === "fixed") continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || hiddenOnPurpose(el, style)) continue;
      // the nearest ancestor that clips or scrolls sideways decides what "cut off" means
      let boundary: Element | null = el.parentElement;
      while (boundary && boundary !== document.body) {
        const overflow = getComputedStyle(boundary).overflowX;
        if (overflow !== "visible") break;
        boundary = boundary.parentElement;
      }
      const clipping = boundary && boundary !== document.body ? getComputedStyle(boundary).overflowX : "visible";
      if (clipping === "auto" || clipping === "scroll") continue;
      const limit = clipping === "visible" ? { left: 0, right: width } : (boundary as Element).getBoundingClientRect();
      if (box.right > limit.right + 1 || box.left < limit.left - 1) {
        reported.add(el);
        problems.push(
          `${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, beyond ${Math.round(limit.left)}–${Math.round(limit.right)}`,
        );
      }
    }
    return problems;
  });
}

/** What axe finds wrong on the page as it is now (WCAG 2 A and AA, colour contrast included), one line per rule. */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  if (include) builder.include(include);
  return (await builder.analyze()).violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? ""})`).join(", ")}`,
  );
}

/** Tab rows (tablists and the comparison's view tabs) that break onto a second line, by their label. */
export async function wrappedTabs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[role="tablist"], .view-tabs'))
      .filter((list) => (list as HTMLElement).offsetParent !== null)
      .filter((list) => {
        const tops = Array.from(list.querySelectorAll(':scope > [role="tab"], :scope > a'))
          .filter((tab) => (tab as HTMLElement).offsetParent !== null)
          .map((tab) => Math.round(tab.getBoundingClientRect().top));
        return new Set(tops).size > 1;
      })
      .map((list) => list.getAttribute("aria-label") ?? list.textContent?.trim().slice(0, 40) ?? ""),
  );
}
