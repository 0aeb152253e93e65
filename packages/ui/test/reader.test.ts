import { describe, expect, it } from "vitest";
import { formatCount, hijriDate, localized, spanSegments } from "../src";

describe("spanSegments keeps every nested and overlapping span reachable", () => {
  const text = "0123456789";
  it("cuts at every boundary and lists the spans over each piece, outermost first", () => {
    const segs = spanSegments(text, [
      { id: "outer", start: 1, end: 8 },
      { id: "inner", start: 3, end: 5 },
      { id: "cross", start: 6, end: 9 },
    ]);
    expect(segs.map((s) => [s.text, s.spanIds])).toEqual([
      ["0", []],
      ["12", ["outer"]],
      ["34", ["outer", "inner"]],
      ["5", ["outer"]],
      ["67", ["outer", "cross"]],
      ["8", ["cross"]],
      ["9", []],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });
  it("gives each span at least one piece, even identical ones", () => {
    const spans = [
      { id: "a", start: 2, end: 4 },
      { id: "b", start: 2, end: 4 },
      { id: "c", start: 0, end: 10 },
    ];
    const segs = spanSegments(text, spans);
    for (const s of spans) expect(segs.some((g) => g.spanIds.includes(s.id))).toBe(true);
  });
  it("clips spans past the end and drops empty ones", () => {
    expect(
      spanSegments("abc", [
        { id: "x", start: 2, end: 9 },
        { id: "y", start: 1, end: 1 },
      ]).map((s) => s.spanIds),
    ).toEqual([[], ["x"]]);
  });
});

describe("reader locale helpers", () => {
  it("gives a Hijri date for a day only", () => {
    expect(hijriDate("2017-04-04", "day")).toMatch(/1438/);
    expect(hijriDate("2017-04-04", "day", "en")).toMatch(/Rajab 7, 1438|7 Rajab 1438/);
    expect(hijriDate("2017-04", "month")).toBeUndefined();
  });
  it("falls back to the Arabic original and says so", () => {
    expect(localized({ ar: "حلب", en: "Aleppo" }, "en")).toEqual({ text: "Aleppo", lang: "en" });
    expect(localized({ ar: "حلب" }, "en")).toEqual({ text: "حلب", lang: "ar" });
  });
  it("formats counts with Latin digits in both languages", () => {
    expect(formatCount(1234, "ar")).toMatch(/^1.234$/);
    expect(formatCount(1234, "en")).toBe("1,234");
  });
});
