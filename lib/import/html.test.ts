import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { declaredCharset, extractHtml } from "./html";

const page = fs.readFileSync(path.join(__dirname, "fixtures", "news-page.html"), "utf8");

describe("extractHtml", () => {
  it("keeps the article of a saved news page, paragraph by paragraph, and nothing else", () => {
    const article = extractHtml(page);
    expect(article.text).toBe(
      [
        "Russia says it is ready to send more ‘military specialists’ to Venezuela – in spite of Donald Trump’s demands for Moscow to withdraw its troops from the South American country.",
        "The Kremlin has ignored US demands and is even prepared to increase its military presence in Venezuela, Russian officials have said.",
        "Deputy foreign minister Sergei Ryabkov said Moscow was ready to send more specialists “if needed”.",
        "A few dozen Russian military personnel remain in the country, according to sources quoted by the newspaper.\nThey service equipment bought in earlier years.",
      ].join("\n\n"),
    );
    for (const furniture of [
      "Subscribe",
      "Advertisement",
      "tracking",
      "alert",
      "Related",
      "Great article",
      "Cookie",
      "onclick",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("reads the page's metadata: title, byline, site, date and canonical address", () => {
    const { text: _text, ...meta } = extractHtml(page);
    expect(meta).toEqual({
      title: "Russia is ready to send more ‘military specialists’ to Venezuela",
      byline: "Staff reporter",
      siteName: "World News Daily",
      publishedAt: "2019-06-26T14:05:00Z",
      url: "https://news.example.org/world/russia-military-specialists-venezuela",
      charset: "utf-8",
    });
  });

  it("gives text, never markup, from Cyrillic pages with scripts and event handlers", () => {
    const html = `<html><head><title>Захарова: це брехня</title></head><body><article>
      <h1>Захарова: це брехня</h1>
      <p onmouseover="steal()">Офіційний представник МЗС Росії Марія Захарова заявила, що звинувачення Вашингтона &laquo;не відповідають дійсності&raquo;.</p>
      <p>За її словами, у Венесуелі працюють лише фахівці, які обслуговують техніку.<img src=x onerror="alert(1)"></p>
      <script>document.cookie</script><p>Про це повідомляє &lt;b&gt;Інтерфакс&lt;/b&gt;.</p>
    </article></body></html>`;
    const { text } = extractHtml(html);
    expect(text).toBe(
      "Офіційний представник МЗС Росії Марія Захарова заявила, що звинувачення Вашингтона «не відповідають дійсності».\n\n" +
        "За її словами, у Венесуелі працюють лише фахівці, які обслуговують техніку.\n\n" +
        "Про це повідомляє <b>Інтерфакс</b>.",
    );
  });

  it("reads a declared charset", () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')).toBe(
      "windows-1251",
    );
    expect(declaredCharset("<meta charset=KOI8-R>")).toBe("koi8-r");
    expect(declaredCharset("<title>none</title>")).toBeNull();
  });
});
