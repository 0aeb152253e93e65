// The stored text of a document is canonicalized once, at ingestion, before any offset exists:
// every citation's start/end counts UTF-16 units of this text. See README.md "Canonical text".
import { isBidiControl, isInvisibleFormat, isOtherSpace, isStrayControl } from "./chars";

export interface RemovedChar {
  /** "U+200F" */
  codePoint: string;
  name: string;
  action: "dropped" | "replaced";
  /** What it became when replaced (" " or "\n"). */
  replacement?: string;
  count: number;
}

export interface Canonical {
  text: string;
  removed: RemovedChar[];
}

const NAMES: Record<number, string> = {
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x061c: "ARABIC LETTER MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE",
  0x00ad: "SOFT HYPHEN",
  0x200b: "ZERO WIDTH SPACE",
  0x2060: "WORD JOINER",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x00a0: "NO-BREAK SPACE",
  0x202f: "NARROW NO-BREAK SPACE",
  0x0d: "CARRIAGE RETURN",
  0x85: "NEXT LINE",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
};

const hex = (cp: number) => "U+" + cp.toString(16).toUpperCase().padStart(4, "0");

/**
 * Canonical stored text: line endings -> "\n"; bidi controls, BOM, soft hyphen, ZWSP, word joiner
 * and stray controls dropped; NBSP and other spaces -> " "; ZWNJ and ZWJ kept (ZWNJ is spelling in
 * Persian, ZWJ holds emoji sequences together); then NFC (never NFKC). Removal happens before NFC
 * so marks separated by a dropped character still compose, which makes the function idempotent.
 */
export function canonicalize(raw: string): Canonical {
  const counts = new Map<string, RemovedChar>();
  const note = (cp: number, action: RemovedChar["action"], replacement?: string) => {
    const key = `${cp}:${action}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { codePoint: hex(cp), name: NAMES[cp] ?? "CONTROL OR SPACE", action, replacement, count: 1 });
  };
  let out = "";
  for (let i = 0; i < raw.length;) {
    const cp = raw.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (cp === 0x0d) {
      // CRLF counts once, as one replaced CR (the LF stays).
      if (raw.charCodeAt(i + 1) === 0x0a) {
        note(cp, "dropped");
      } else {
        note(cp, "replaced", "\n");
        out += "\n";
      }
    } else if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) {
      note(cp, "replaced", "\n");
      out += "\n";
    } else if (isBidiControl(cp) || isInvisibleFormat(cp) || isStrayControl(cp)) {
      note(cp, "dropped");
    } else if (isOtherSpace(cp)) {
      note(cp, "replaced", " ");
      out += " ";
    } else {
      out += raw.slice(i, i + len);
    }
    i += len;
  }
  return { text: out.normalize("NFC"), removed: [...counts.values()] };
}
