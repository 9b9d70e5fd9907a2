import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode";
import { ImportError } from "./errors";

const seed = (prefix: string) => {
  const dir = path.join(process.cwd(), "prisma", "seed-data", "articles");
  return fs.readFileSync(
    path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.startsWith(prefix))!,
    ),
    "utf8",
  );
};
// The demo corpus's Ukrainian article, and a Russian report in its own words.
const ukrainian = seed("001");
const russian =
  "МИД России категорически отверг обвинения Вашингтона во вмешательстве в венесуэльский кризис. " +
  "Об этом заявила официальный представитель министерства Мария Захарова. По её словам, в Венесуэле находятся " +
  "российские специалисты, которые обслуживают технику, поставленную ранее по контрактам. «Это ложь», — добавила она.";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ImportError ? [error.code, error.values] : error;
  }
  return null;
};

describe("decodeBytes", () => {
  // KOI8 has no typographic quotes, dashes or apostrophes: a text saved in it has plain ones.
  const plain = (text: string) =>
    text
      .replace(/[«»“”]/g, '"')
      .replace(/[—–]/g, "-")
      .replace(/’/g, "'");
  it.each([
    ["Ukrainian", "windows-1251", ukrainian, "windows-1251"],
    ["Ukrainian", "KOI8-U", plain(ukrainian), "KOI8-U"],
    ["Russian", "windows-1251", russian, "windows-1251"],
    ["Russian", "KOI8-R", plain(russian), "KOI8-R"],
  ])("reads a %s text saved as %s back to its UTF-8 original", (_lang, saved, text, encoding) => {
    const bytes = iconv.encode(text, saved);
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it("reads UTF-8, UTF-8 with a byte-order mark, and UTF-16 in both byte orders", () => {
    expect(decodeBytes(Buffer.from(russian, "utf8"))).toEqual({ text: russian, encoding: "UTF-8" });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ukrainian, "utf8")]))).toEqual({
      text: ukrainian,
      encoding: "UTF-8",
    });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, "utf-16le")]))).toEqual({
      text: russian,
      encoding: "UTF-16LE",
    });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ukrainian, "utf-16be")]))).toEqual({
      text: ukrainian,
      encoding: "UTF-16BE",
    });
  });

  it("refuses other encodings by name, binary files and empty files", () => {
    const german =
      "Die Bundesregierung hat am Dienstag beschlossen, weitere Soldaten zu schicken, erklärte ein Sprecher. Über die Größe äußerte er sich nicht.";
    expect(codeOf(() => decodeBytes(iconv.encode(german, "latin1")))).toEqual(["encoding", { encoding: "ISO-8859-1" }]);
    const greek =
      "Η κυβέρνηση αποφάσισε να στείλει περισσότερους στρατιώτες στην περιοχή, δήλωσε εκπρόσωπος του υπουργείου.";
    expect(codeOf(() => decodeBytes(iconv.encode(greek, "iso-8859-7")))).toEqual([
      "encoding",
      { encoding: "ISO-8859-7" },
    ]);
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0f00000000049454e44ae426082",
      "hex",
    );
    expect(codeOf(() => decodeBytes(png))).toEqual(["binary", {}]);
    expect(codeOf(() => decodeBytes(Buffer.from("text\u0000with a NUL")))).toEqual(["binary", {}]);
    expect(codeOf(() => decodeBytes(new Uint8Array()))).toEqual(["empty", {}]);
  });
});
