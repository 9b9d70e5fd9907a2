"use client";

import { describeTextPosition } from "@apache-annotator/dom";
import { useRef, type KeyboardEvent } from "react";
import { fromCodePoints } from "@/lib/anchoring/anchor";
import { segmentText } from "@/lib/text/segments";

export interface Mark {
  /** "claim-<id>", "note-<id>" or "cand-<id>": the element id the first piece of the span carries */
  key: string;
  start: number;
  end: number;
  label: string;
}

const NAVIGATION = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Tab",
  "Shift",
  "Control",
  "Alt",
  "Meta",
  "Escape",
]);

/**
 * The stored text, exactly, with claims and notes highlighted (overlaps get their
 * own colour). For editors the text takes a caret, so that Shift with the arrow
 * keys selects (Ctrl+Shift by words); nothing typed changes it. A selection is turned into offsets
 * of the stored text by Apache Annotator's describeTextPosition (code points),
 * converted to the UTF-16 offsets the database keeps.
 */
export function TextView({
  text,
  lang,
  marks,
  selectable,
  label,
  onSelect,
  onActivate,
}: {
  text: string;
  lang: string;
  marks: Mark[];
  selectable: boolean;
  label: string;
  onSelect: (span: { start: number; end: number } | null) => void;
  onActivate: (keys: string[]) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const byKey = new Map(marks.map((m) => [m.key, m]));

  async function readSelection() {
    const container = ref.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return onSelect(null);
    const range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) return onSelect(null);
    const position = await describeTextPosition(range, container);
    const [start, end] = [fromCodePoints(text, position.start), fromCodePoints(text, position.end)];
    onSelect(start >= 0 && end > start ? { start, end } : null);
  }

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    const copying = (event.ctrlKey || event.metaKey) && ["c", "a"].includes(event.key.toLowerCase());
    if (NAVIGATION.has(event.key) || copying) return;
    event.preventDefault(); // read-only: keys other than navigation never change the text
  }

  const segments = segmentText(
    text.length,
    marks.map((m) => ({ id: m.key, start: m.start, end: m.end })),
  );
  return (
    <div
      ref={ref}
      className="article-text annotatable"
      lang={lang}
      {...(selectable && {
        contentEditable: true,
        // a caret for selecting with the keyboard, never the on-screen keyboard of a phone
        inputMode: "none",
        suppressContentEditableWarning: true,
        spellCheck: false,
        role: "textbox",
        "aria-multiline": true,
        "aria-readonly": true,
        "aria-label": label,
        onBeforeInput: (e) => e.preventDefault(),
        onPaste: (e) => e.preventDefault(),
        onDrop: (e) => e.preventDefault(),
        onCut: (e) => e.preventDefault(),
        onKeyDown: keyDown,
      })}
      onMouseUp={() => void readSelection()}
      onTouchEnd={() => void readSelection()}
      onKeyUp={(e) => e.shiftKey && void readSelection()}
      onClick={(e) => {
        const mark = (e.target as HTMLElement).closest("mark");
        if (!mark || !window.getSelection()?.isCollapsed) return;
        // the innermost first: a click on the figure inside a denial opens the figure
        const length = (key: string) => (byKey.get(key)?.end ?? 0) - (byKey.get(key)?.start ?? 0);
        const keys = (mark.dataset.ids ?? "").split(" ").filter(Boolean);
        onActivate(keys.sort((a, b) => length(a) - length(b)));
      }}
    >
      {segments.map((segment) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.spanIds.length === 0) return content;
        // Spans that begin here: the first names the mark (the target of #claim-… links), others get an anchor.
        const [first, ...others] = segment.spanIds.filter((key) => byKey.get(key)?.start === segment.start);
        const hasClaim = segment.spanIds.some((k) => k.startsWith("claim-"));
        const hasNote = segment.spanIds.some((k) => k.startsWith("note-"));
        const hasCandidate = segment.spanIds.some((k) => k.startsWith("cand-"));
        const className = [
          hasClaim && "hl-claim",
          hasNote && "hl-note",
          hasCandidate && "hl-candidate",
          segment.spanIds.length > 1 && "overlap",
          segment.spanIds.filter((k) => k.startsWith("claim-")).length > 1 && "nested",
        ]
          .filter(Boolean)
          .join(" ");
        return (
          <mark
            key={segment.start}
            id={first}
            tabIndex={first ? -1 : undefined}
            data-ids={segment.spanIds.join(" ")}
            className={className}
            title={segment.spanIds.map((k) => byKey.get(k)?.label).join("\n")}
          >
            {others.map((key) => (
              <span key={key} id={key} tabIndex={-1} />
            ))}
            {content}
          </mark>
        );
      })}
    </div>
  );
}
