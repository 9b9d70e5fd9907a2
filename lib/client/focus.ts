"use client";

const FOCUSABLE = "a[href], button:not([disabled]), input:not([type=hidden]), select, textarea, [tabindex]";

/** Focuses an element, or the first focusable thing in it; a heading or row is made focusable by script only. */
function focusIn(target: HTMLElement) {
  const inner = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  const element = inner ?? target;
  if (!element.matches(FOCUSABLE)) element.setAttribute("tabindex", "-1");
  element.focus();
}

/**
 * Where the keyboard goes when an item is deleted: to the item that takes its place, else
 * the one before it, else `fallback` (the list's heading), never the page's body. Waits
 * (up to two seconds) for the item to leave the page, since the list re-renders after the
 * server answers.
 */
export function focusAfterRemoval(item: Element | null | undefined, fallback: HTMLElement | null): void {
  if (!item) return;
  const neighbours = [item.nextElementSibling, item.previousElementSibling];
  let tries = 40;
  const settle = () => {
    if (item.isConnected && tries-- > 0) return void window.setTimeout(settle, 50);
    if (item.isConnected) return; // the delete was refused: focus stays where it is
    const next = neighbours.find((n): n is HTMLElement => n instanceof HTMLElement && n.isConnected);
    if (next) focusIn(next);
    else if (fallback?.isConnected) focusIn(fallback);
  };
  settle();
}
