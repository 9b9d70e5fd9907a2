import { segmentText } from "@/lib/text/segments";

export interface Highlight {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * The article's stored text exactly as stored (white-space kept by CSS, so the
 * offsets of claims are those of the text), with each claim highlighted. The first
 * piece of each claim carries id="claim-<id>", the target of links to the claim.
 */
export function ArticleText({ text, lang, highlights }: { text: string; lang: string; highlights: Highlight[] }) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  return (
    <div className="article-text" lang={lang}>
      {segmentText(text.length, highlights).map((segment) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.spanIds.length === 0) return content;
        // Claims that begin here: the first names the mark, any other gets an anchor of its own.
        const [first, ...others] = segment.spanIds.filter((id) => byId.get(id)?.start === segment.start);
        return (
          <mark
            key={segment.start}
            id={first ? `claim-${first}` : undefined}
            data-claims={segment.spanIds.join(" ")}
            className={segment.spanIds.length > 1 ? "overlap" : undefined}
            title={segment.spanIds.map((id) => byId.get(id)?.label).join("\n")}
          >
            {others.map((id) => (
              <span key={id} id={`claim-${id}`} />
            ))}
            {content}
          </mark>
        );
      })}
    </div>
  );
}
