import { describe, expect, it } from "vitest";
import { tokenize } from "../src/index";

const view = (text: string) => tokenize(text).map((t) => [t.text, t.kind, t.start, t.end]);

describe("tokenize", () => {
  it("gives canonical UTF-16 offsets and kinds", () => {
    const text = "قُتل 11 مدنيا، in Khan Sheikhoun!";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(view(text)).toEqual([
      ["قُتل", "word", 0, 4],
      ["11", "number", 5, 7],
      ["مدنيا", "word", 8, 13],
      ["،", "punct", 13, 14],
      ["in", "latin", 15, 17],
      ["Khan", "latin", 18, 22],
      ["Sheikhoun", "latin", 23, 32],
      ["!", "punct", 32, 33],
    ]);
  });

  it("keeps harakat, shadda and tatweel inside the word, and normalizes it", () => {
    const [t] = tokenize("شكَّلـت");
    expect(t).toMatchObject({ text: "شكَّلـت", norm: "شكلت", kind: "word" });
  });

  it("splits a word after a non-final ى or ة (a missing space)", () => {
    expect(tokenize("التغطية علىجرائم").map((t) => t.text)).toEqual(["التغطية", "على", "جرائم"]);
    expect(tokenize("الخارجيةالروسية").map((t) => t.text)).toEqual(["الخارجية", "الروسية"]);
  });

  it("counts astral characters as two units and keeps emoji sequences whole", () => {
    expect(view("😀 حلب 👨‍👩‍👧")).toEqual([
      ["😀", "symbol", 0, 2],
      ["حلب", "word", 3, 6],
      ["👨‍👩‍👧", "symbol", 7, 15],
    ]);
  });

  it("reads numbers in any digit family, with thousands and decimal separators", () => {
    expect(tokenize("١٬٢٠٠ و۳.۵ و08.04.2017").map((t) => [t.text, t.norm])).toEqual([
      ["١٬٢٠٠", "1,200"],
      ["و", "و"],
      ["۳.۵", "3.5"],
      ["و", "و"],
      ["08.04.2017", "08.04.2017"],
    ]);
  });

  it("keeps apostrophes inside transliterations and ZWNJ inside Persian words", () => {
    expect(tokenize("al-Fu'ah").map((t) => t.text)).toEqual(["al", "-", "Fu'ah"]);
    expect(tokenize("می\u200Cخواهم").map((t) => t.text)).toEqual(["می\u200Cخواهم"]);
  });

  it("skips stray marks and bidi controls between tokens", () => {
    expect(tokenize("\u200Fحلب \u064E \u2067إدلب\u2069").map((t) => t.text)).toEqual(["حلب", "إدلب"]);
  });
});
