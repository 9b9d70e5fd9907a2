/** Moves a span's edge by one word, for adjusting a claim's boundaries without a mouse. */
export function moveEdge(text: string, span: { start: number; end: number }, edge: "start" | "end", direction: -1 | 1) {
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  let { start, end } = span;
  if (edge === "start") {
    let i = start;
    if (direction < 0) {
      i -= 1;
      while (i > 0 && !isWord(text[i])) i -= 1;
      while (i > 0 && isWord(text[i - 1])) i -= 1;
    } else {
      while (i < end && isWord(text[i])) i += 1;
      while (i < end && !isWord(text[i])) i += 1;
    }
    start = Math.max(0, Math.min(i, end - 1));
  } else {
    let i = end;
    if (direction > 0) {
      while (i < text.length && !isWord(text[i])) i += 1;
      while (i < text.length && isWord(text[i])) i += 1;
    } else {
      i -= 1;
      while (i > start && isWord(text[i - 1])) i -= 1;
      while (i > start && !isWord(text[i - 1])) i -= 1;
    }
    end = Math.min(text.length, Math.max(i, start + 1));
  }
  return { start, end };
}
