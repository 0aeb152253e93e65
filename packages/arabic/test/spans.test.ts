import { describe, expect, it } from "vitest";
import { quoteSelector, reanchor, snapToGraphemes, snapToWords } from "../src/index";

describe("snapToGraphemes", () => {
  const text = "شكَّلت 👨‍👩‍👧 غطاءً";
  it("never cuts a letter from its shadda and fatha", () => {
    // offset 2 is between ك and its shadda; 3 is between shadda and fatha.
    expect(snapToGraphemes(text, 2, 3)).toEqual({ start: 1, end: 4 });
    expect(snapToGraphemes(text, 0, 2)).toEqual({ start: 0, end: 4 });
  });
  it("never splits a surrogate pair or an emoji ZWJ sequence", () => {
    const start = text.indexOf("👨");
    expect(snapToGraphemes(text, start + 1, start + 2)).toEqual({ start, end: start + "👨‍👩‍👧".length });
  });
  it("keeps tanween with its letter at the end of a selection", () => {
    const start = text.indexOf("غطاء");
    expect(snapToGraphemes(text, start, start + 4)).toEqual({ start, end: start + 5 });
  });
  it("leaves boundaries alone and orders reversed selections", () => {
    expect(snapToGraphemes(text, 6, 0)).toEqual({ start: 0, end: 6 });
  });
});

describe("snapToWords", () => {
  const text = "في بلدة خان شيخون، بريف إدلب.";
  it("widens to whole words, clitics included, and trims spaces", () => {
    const i = text.indexOf("خان");
    expect(text.slice(...(Object.values(snapToWords(text, i + 1, i + 6)) as [number, number]))).toBe("خان شيخون");
    const j = text.indexOf("بريف");
    expect(text.slice(...(Object.values(snapToWords(text, j + 2, j + 3)) as [number, number]))).toBe("بريف");
    expect(snapToWords(text, 2, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe("quoteSelector and reanchor", () => {
  const text = "قالت الخارجية الروسية في بيان إن الوزيرين اتفقا. وأضاف البيان أن الوزيرين اتفقا أيضا.";
  const second = text.lastIndexOf("الوزيرين اتفقا");
  const selector = quoteSelector(text, second, second + "الوزيرين اتفقا".length);

  it("takes up to 32 units of context each side", () => {
    expect(selector.exact).toBe("الوزيرين اتفقا");
    expect(selector.prefix).toBe(text.slice(second - 32, second));
    expect(selector.suffix).toBe(" أيضا.");
  });

  it("does not cut a surrogate pair at the edge of the context", () => {
    const t = "😀".repeat(20) + "حلب" + "😀".repeat(20);
    const s = t.indexOf("حلب");
    const q = quoteSelector(t, s, s + 3, 31);
    expect(q.prefix.length % 2).toBe(0);
    expect(q.suffix.length % 2).toBe(0);
  });

  it("re-anchors after an insertion before the quote, choosing the right duplicate by context", () => {
    const changed = "عاجل: " + text;
    const found = reanchor(changed, selector, { start: second });
    expect(found).toEqual({ start: second + "عاجل: ".length, end: second + "عاجل: ".length + selector.exact.length, method: "exact" });
  });

  it("re-anchors the first duplicate by its own context", () => {
    const first = text.indexOf("الوزيرين اتفقا");
    const q = quoteSelector(text, first, first + 14);
    expect(reanchor("مقدمة. " + text, q)?.start).toBe(first + "مقدمة. ".length);
  });

  it("returns null when the quote was deleted", () => {
    expect(
      reanchor(text.replace("وأضاف البيان أن الوزيرين اتفقا أيضا.", ""), quoteSelector(text, text.indexOf("وأضاف"), text.indexOf("وأضاف") + 12)),
    ).toBeNull();
  });

  it("returns null rather than guess between identical candidates", () => {
    const t = "اتفقا. اتفقا.";
    expect(reanchor(t, { exact: "اتفقا", prefix: "", suffix: "" })).toBeNull();
  });

  it("finds a quote whose harakat changed, flagged as normalized", () => {
    const t = "إن الغارات شكَّلت غطاءً جويا";
    const q = { exact: "شكلت غطاء", prefix: "إن الغارات ", suffix: " جويا" };
    expect(reanchor(t, q)).toEqual({ start: t.indexOf("شكَّلت"), end: t.indexOf(" جويا"), method: "normalized" });
  });
});
