import { Fragment, type ReactNode } from "react";

const mark = (i: number) => `\uE000${i}\uE001`;

/**
 * A translated sentence whose placeholders may hold elements: `rich((v) => t("claim.said", v),
 * { speaker: <bdi>{name}</bdi>, stance })`. Strings and numbers reach the translation as they are
 * (plurals still count); each element stands where its placeholder is, so that a name from an
 * article can be isolated inside the sentence without changing a word of it.
 */
export function rich(translate: (values: Record<string, unknown>) => string, values: Record<string, ReactNode>) {
  const elements: ReactNode[] = [];
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string" || typeof value === "number") plain[key] = value;
    else {
      plain[key] = mark(elements.length);
      elements.push(value);
    }
  }
  return translate(plain)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{elements[Number(part)]}</Fragment> : part));
}
