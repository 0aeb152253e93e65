import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index";

const seed = readFileSync(join(__dirname, "../../../seeds/000_068320e3f5882409.txt"), "utf8");
const kinds = (text: string) => splitSentences(text).map((s) => [s.kind, s.text]);

describe("splitSentences on the seed article", () => {
  const segments = splitSentences(seed);

  it("gives spans that quote the text exactly and never overlap", () => {
    for (const s of segments) expect(seed.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
  });

  it("recovers the three run-in headings as their own segments", () => {
    const headings = segments.filter((s) => s.kind === "heading").map((s) => s.text);
    expect(headings).toEqual(["الهجوم الكيماوي", "الإفراج عن معتقلين", "أسباب الخلاف"]);
    const afterChemical = segments[segments.findIndex((s) => s.text === "الهجوم الكيماوي") + 1]!;
    expect(afterChemical.text.startsWith("قالت الخارجية الروسية")).toBe(true);
  });

  it("splits the sidebar after «أسباب الخلاف» into its nine items", () => {
    expect(segments.filter((s) => s.kind === "list_item").map((s) => s.text)).toEqual([
      "استخدام موسكو الفيتو لدعم الأسد",
      "التغطية علىجرائم النظام",
      "طرد الميليشيات الإيرانية من سورية",
      "استخدام دمشق الأسلحة المحرمة",
      "استمرار أزمة المدنيين",
      "عرقلة روسيا الجهود الدولية",
      "تواصل الأزمة الأوكرانية",
      "توسع الناتو بشرق أوروبا",
      "الدرع الصاروخية في آسيا",
    ]);
  });

  it("ends sentences at Arabic full stops, not inside them", () => {
    const first = segments[0]!;
    expect(first.kind).toBe("sentence");
    expect(first.text.endsWith("في ريفي حلب الشمالي والغربي.")).toBe(true);
    expect(segments.filter((s) => s.kind === "sentence")).toHaveLength(9);
  });
});

describe("splitSentences: other lists and headings", () => {
  it("splits a list of demands with a heading, keeping «وقف إطلاق النار» whole", () => {
    const text =
      "قال المفاوضون إن الجولة انتهت.\nأبرز المطالب وقف إطلاق النار إدخال المساعدات الإنسانية رفع الحصار عن المدن الإفراج عن المعتقلين عودة النازحين";
    expect(kinds(text)).toEqual([
      ["sentence", "قال المفاوضون إن الجولة انتهت."],
      ["heading", "أبرز المطالب"],
      ["list_item", "وقف إطلاق النار"],
      ["list_item", "إدخال المساعدات الإنسانية"],
      ["list_item", "رفع الحصار عن المدن"],
      ["list_item", "الإفراج عن المعتقلين"],
      ["list_item", "عودة النازحين"],
    ]);
  });

  it("splits a list without a heading", () => {
    const text = "انسحاب القوات الأجنبية تسليم السلاح الثقيل فتح المعابر الحدودية";
    expect(kinds(text).map(([k]) => k)).toEqual(["list_item", "list_item", "list_item"]);
  });

  it("does not take a subject before its verb for a heading", () => {
    expect(kinds("نص. المرصد السوري قال إن القصف استمر.")).toEqual([
      ["sentence", "نص."],
      ["sentence", "المرصد السوري قال إن القصف استمر."],
    ]);
    expect(kinds("نص. وحسب المصادر فقد تزامنت الغارات.")[1]).toEqual(["sentence", "وحسب المصادر فقد تزامنت الغارات."]);
  });

  it("treats a short line without a stop, followed by text, as a heading", () => {
    expect(kinds("إدلب - وكالات\nقُتل ثمانية مدنيين اليوم.")).toEqual([
      ["heading", "إدلب - وكالات"],
      ["sentence", "قُتل ثمانية مدنيين اليوم."],
    ]);
  });
});

describe("splitSentences: stops", () => {
  it("splits at . ؟ ? ! and newlines, keeping closing quotes", () => {
    expect(kinds("هل انتهى؟ نعم! قال: «انتهى.» Done. Really?\nسطر")).toEqual([
      ["sentence", "هل انتهى؟"],
      ["sentence", "نعم!"],
      ["sentence", "قال: «انتهى.»"],
      ["sentence", "Done."],
      ["sentence", "Really?"],
      ["sentence", "سطر"],
    ]);
  });

  it("does not split decimals, numeric dates, initials or abbreviations", () => {
    expect(kinds("وصل 3.5 ألف في 08.04.2017 مع د. أحمد وMr. Smith من U.S. اليوم.")).toHaveLength(1);
  });
});
