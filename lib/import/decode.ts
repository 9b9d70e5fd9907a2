import chardet from "chardet";
import iconv from "iconv-lite";
import { ImportError } from "./errors";

/** The encodings Parallax reads; anything else is refused with its detected name. */
export const encodings = ["UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", "KOI8-U"] as const;
export type Encoding = (typeof encodings)[number];

const LEGACY: readonly Encoding[] = ["windows-1251", "KOI8-R"];

/** C0 controls other than tab, line feed, form feed and carriage return: never in text, always in binary files. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

const BOMS: [Encoding, number[]][] = [
  ["UTF-8", [0xef, 0xbb, 0xbf]],
  ["UTF-16LE", [0xff, 0xfe]],
  ["UTF-16BE", [0xfe, 0xff]],
];

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes to text. A byte-order mark decides first; then bytes that are valid UTF-8
 * are UTF-8; otherwise chardet's statistical guess is taken when it names
 * windows-1251 or KOI8-R (or -U) with real confidence (at least 20, and at least half the
 * top guess's, since the two Cyrillic code pages score close to their Hebrew and
 * Greek neighbours). Files with control characters are binary.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new ImportError("empty");
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  let decoded: { text: string; encoding: Encoding } | null = null;
  if (bom) {
    const [encoding, mark] = bom;
    decoded = { encoding, text: iconv.decode(Buffer.from(bytes.subarray(mark.length)), encoding) };
  } else {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) decoded = { encoding: "UTF-8", text: utf8 };
  }
  if (!decoded) {
    if (bytes.includes(0)) throw new ImportError("binary");
    const guesses = chardet.analyse(bytes);
    const top = guesses[0]?.confidence ?? 0;
    const legacy = guesses.find(
      (g) => LEGACY.includes(g.name as Encoding) && g.confidence >= 20 && g.confidence * 2 >= top,
    );
    if (!legacy) throw new ImportError("encoding", { encoding: guesses[0]?.name ?? "?" });
    decoded = { encoding: legacy.name as Encoding, text: iconv.decode(Buffer.from(bytes), legacy.name) };
    if (legacy.name === "KOI8-R") {
      // KOI8-U is KOI8-R with і, ї, є and ґ in place of a few box-drawing characters, which
      // news text never uses: a Ukrainian text in KOI8 reads right only as KOI8-U.
      const ukrainian = iconv.decode(Buffer.from(bytes), "KOI8-U");
      if (ukrainian !== decoded.text) decoded = { encoding: "KOI8-U", text: ukrainian };
    }
  }
  if (CONTROL.test(decoded.text)) throw new ImportError("binary");
  return decoded;
}
