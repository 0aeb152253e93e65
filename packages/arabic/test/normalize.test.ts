import { describe, expect, it } from "vitest";
import { normalize, normalizeForSearch, toCanonicalSpan } from "../src/index";

describe("normalize: every fold and deletion", () => {
  const cases: Array<[string, string, string]> = [
    ["alef madda آ -> ا", "آسيا", "اسيا"],
    ["alef hamza above أ -> ا", "أبريل", "ابريل"],
    ["alef hamza below إ -> ا", "إبريل", "ابريل"],
    ["alef wasla ٱ -> ا", "ٱلله", "الله"],
    ["alef maksura ى -> ي", "على", "علي"],
    ["teh marbuta ة -> ه", "غارة", "غاره"],
    ["waw hamza ؤ -> و (decided)", "مؤيدين", "مويدين"],
    ["yeh hamza ئ -> ي (decided)", "الكيميائية", "الكيمياييه"],
    ["lone hamza ء stays", "إجلاء", "اجلاء"],
    ["fathatan deleted", "عاجلاً", "عاجلا"],
    ["dammatan deleted", "كتابٌ", "كتاب"],
    ["kasratan deleted", "كتابٍ", "كتاب"],
    ["fatha deleted", "كَتب", "كتب"],
    ["damma deleted", "كُتب", "كتب"],
    ["kasra deleted", "بِ", "ب"],
    ["shadda deleted", "شكّل", "شكل"],
    ["sukun deleted", "قُتْل", "قتل"],
    ["superscript alef U+0670 deleted", "هٰذا", "هذا"],
    ["madda above U+0653 deleted (decomposed)", "ا\u0653", "ا"],
    ["hamza above U+0654 deleted after a base that does not compose", "ل\u0654", "ل"],
    ["hamza below U+0655 deleted", "ل\u0655", "ل"],
    ["Quranic small high marks deleted", "قال\u06D6", "قال"],
    ["tatweel deleted", "حلـــب", "حلب"],
    ["Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"],
    ["Persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"],
    ["Devanagari digits (any Nd)", "२०१७", "2017"],
    ["fullwidth digits", "２０１７", "2017"],
    ["mathematical bold digits (astral)", "𝟐𝟎𝟏𝟕", "2017"],
    ["Arabic comma -> space", "حلب،إدلب", "حلب ادلب"],
    ["Arabic semicolon -> space", "أ؛ب", "ا ب"],
    ["Arabic question mark -> space", "لماذا؟", "لماذا"],
    ["Arabic decimal separator -> .", "٣٫٥", "3.5"],
    ["Arabic thousands separator -> ,", "١٬٢٠٠", "1,200"],
    ["Arabic percent -> %", "٥٠٪", "50%"],
    ["Latin lowercased", "Khan SHEIKHOUN", "khan sheikhoun"],
    ["Latin diacritics stripped", "Khān Shaykhūn Türkiye", "khan shaykhun turkiye"],
    ["apostrophes and half rings removed", "al-Fu'ah Ma’arrat Fuʿah", "al-fuah maarrat fuah"],
    ["Farsi yeh and keheh", "ی ک", "ي ك"],
    ["Maghrebi ve and qaf with three dots", "ڤ ڨ", "ف ق"],
    ["LRM/RLM/ALM removed", "حلب\u200E\u200F\u061C", "حلب"],
    ["embeddings and isolates removed", "\u202Bحلب\u202C \u2067x\u2069", "حلب x"],
    ["ZWNJ and ZWJ removed", "می\u200Cخواهم", "میخواهم".replace("ی", "ي")],
    ["BOM and soft hyphen removed", "\uFEFFZaba\u00ADdani", "zabadani"],
    ["presentation-form lam-alef ligature folded", "\uFEFB", "لا"],
    ["whitespace collapsed and trimmed", "  حلب \n\t إدلب ", "حلب ادلب"],
  ];
  it.each(cases)("%s", (_, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

/** Find `query` in `text` through normalized forms and map back: the canonical words it covers. */
function findCanonical(text: string, query: string): string | undefined {
  const doc = normalizeForSearch(text);
  const q = normalize(query);
  const at = doc.normalized.indexOf(q);
  if (at === -1) return undefined;
  const span = toCanonicalSpan(doc.map, at, at + q.length, text);
  return text.slice(span.start, span.end);
}

describe("normalizeForSearch: offset map back to canonical text", () => {
  it("maps every normalized unit to a canonical index, monotonically, with a final sentinel", () => {
    const text = "شكَّلت الغارات ـ 😀 Darat Azza ٢٠١٧\u200F؟";
    const { normalized, map } = normalizeForSearch(text);
    expect(map.length).toBe(normalized.length + 1);
    expect(map[normalized.length]).toBe(text.length);
    for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
  });

  const cases: Array<[string, string, string, string]> = [
    ["harakat inside and after the match stay in the span", "إن الغاراتِ شكَّلت غطاءً جويا", "شكلت", "شكَّلت"],
    ["tanween after the last letter stays", "شكلت غطاءً جويا", "غطاء", "غطاءً"],
    ["tatweel inside the word", "في حلـــب اليوم", "حلب", "حلـــب"],
    ["hamza forms fold but cite the original", "في إدلب وأريحا", "ادلب", "إدلب"],
    ["after an astral emoji, offsets stay UTF-16", "😀😀 خان شيخون", "خان شيخون", "خان شيخون"],
    ["mixed Latin and Arabic", "قصف Khan Sheikhoun أمس", "khan sheikhoun", "Khan Sheikhoun"],
    ["bidi marks inside the text are skipped", "في \u200Fحلب\u200E اليوم", "حلب", "حلب"],
    ["Arabic-Indic digits", "قتل ١٤ مدنيا", "14 مدنيا", "١٤ مدنيا"],
    ["presentation-form ligature is cited whole", "\uFEFBحول", "لاحول", "\uFEFBحول"],
  ];
  it.each(cases)("%s", (_, text, query, expected) => {
    expect(findCanonical(text, query)).toBe(expected);
  });

  it("without the text, the end runs up to the next kept character (documented)", () => {
    const text = "في \u200Fحلب\u200E اليوم";
    const doc = normalizeForSearch(text);
    const at = doc.normalized.indexOf("حلب");
    expect(text.slice(...Object.values(toCanonicalSpan(doc.map, at, at + 3)))).toBe("حلب\u200E");
  });

  it("toCanonicalSpan of an empty range is empty", () => {
    const { map } = normalizeForSearch("حلب");
    expect(toCanonicalSpan(map, 1, 1)).toEqual({ start: 1, end: 1 });
  });
});
