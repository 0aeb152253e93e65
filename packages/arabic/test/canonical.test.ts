import { describe, expect, it } from "vitest";
import { canonicalize } from "../src/index";

describe("canonicalize: invisible and bidi characters", () => {
  const cases: Array<[string, string, string]> = [
    ["LRM dropped", "حلب\u200E", "حلب"],
    ["RLM dropped", "\u200Fحلب", "حلب"],
    ["ALM dropped", "حلب\u061C", "حلب"],
    ["LRE/RLE/PDF dropped", "\u202Aa\u202Bب\u202C", "aب"],
    ["LRO/RLO dropped", "\u202Dx\u202Ey", "xy"],
    ["isolates dropped", "\u2066a\u2067ب\u2068c\u2069", "aبc"],
    ["BOM at start dropped", "\uFEFFنص", "نص"],
    ["BOM inside dropped", "ن\uFEFFص", "نص"],
    ["soft hyphen dropped", "Zaba\u00ADdani", "Zabadani"],
    ["ZWSP dropped", "a\u200Bb", "ab"],
    ["word joiner dropped", "a\u2060b", "ab"],
    ["ZWNJ kept (Persian spelling)", "می\u200Cخواهم", "می\u200Cخواهم"],
    ["ZWJ kept (emoji sequences)", "👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧"],
    ["NBSP -> space", "11\u00A0غارة", "11 غارة"],
    ["narrow NBSP -> space", "a\u202Fb", "a b"],
    ["thin/em spaces -> space", "a\u2009b\u2003c", "a b c"],
    ["CRLF -> LF", "a\r\nb", "a\nb"],
    ["lone CR -> LF", "a\rb", "a\nb"],
    ["NEL, LS, PS -> LF", "a\u0085b\u2028c\u2029d", "a\nb\nc\nd"],
    ["stray controls dropped", "a\u0000b\u0007c\u007F", "abc"],
    ["tab kept", "a\tb", "a\tb"],
  ];
  it.each(cases)("%s", (_, raw, expected) => {
    expect(canonicalize(raw).text).toBe(expected);
  });

  it("composes to NFC, also across a dropped mark (ا + RLM + hamza above -> أ)", () => {
    expect(canonicalize("\u0627\u0654").text).toBe("\u0623");
    expect(canonicalize("\u0627\u200F\u0654").text).toBe("\u0623");
    expect(canonicalize("e\u0301").text).toBe("é");
  });

  it("never applies NFKC (ligatures and presentation forms stay)", () => {
    expect(canonicalize("\uFEFB").text).toBe("\uFEFB");
    expect(canonicalize("ﬁ").text).toBe("ﬁ");
  });

  it("reports what it removed, with counts", () => {
    const { removed } = canonicalize("\uFEFFأ\u200Fب\u200F\u00A0ج\r\n");
    const byName = Object.fromEntries(removed.map((r) => [r.codePoint, r]));
    expect(byName["U+200F"]).toMatchObject({ action: "dropped", count: 2 });
    expect(byName["U+FEFF"]).toMatchObject({ action: "dropped", count: 1 });
    expect(byName["U+00A0"]).toMatchObject({ action: "replaced", replacement: " ", count: 1 });
    expect(byName["U+000D"]).toMatchObject({ action: "dropped", count: 1 });
  });

  it("is idempotent (table and a fuzzed mix of troublesome characters)", () => {
    const pieces = [
      "\u200E",
      "\u200F",
      "\u061C",
      "\u202B",
      "\u2067",
      "\uFEFF",
      "\u00A0",
      "\u00AD",
      "\r\n",
      "\r",
      "\u200C",
      "\u200D",
      "ا",
      "\u0654",
      "\u0651",
      "\u064E",
      "ة",
      "ـ",
      "😀",
      "e",
      "\u0301",
      " ",
      "\n",
      "٣",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const raw = Array.from({ length: 1 + (next() % 20) }, () => pieces[next() % pieces.length]).join("");
      const once = canonicalize(raw).text;
      expect(canonicalize(once).text).toBe(once);
      expect(canonicalize(once).removed).toEqual([]);
    }
  });
});
