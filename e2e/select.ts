import { type Page } from "@playwright/test";

/** Drags the mouse across `words` in the article text, as a person selecting them would. */
export async function selectWithMouse(page: Page, words: string) {
  const box = await page.evaluate((target) => {
    const root = document.querySelector(".article-text")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = "";
    const nodes: { node: Text; start: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: text.length });
      text += n.textContent;
    }
    const start = text.indexOf(target);
    const end = start + target.length;
    const at = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 3);
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
