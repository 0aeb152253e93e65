/**
 * The seed's reading is data (seeds/<name>.reading.json); its annotation is derived. This proves the
 * committed annotation is exactly what the builder makes from the committed reading and text, and that the
 * builder refuses a quote it cannot place.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAnnotation, locate } from "../seeds/tools/reading";

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");
const readings = readdirSync(seedsDir).filter((f) => f.endsWith(".reading.json"));

describe("the seed reading", () => {
  it("exists for every annotation", () => {
    const annotations = readdirSync(seedsDir).filter((f) => f.endsWith(".annotation.json"));
    expect(readings.map((f) => f.replace(".reading.json", ""))).toEqual(annotations.map((f) => f.replace(".annotation.json", "")));
  });

  for (const file of readings) {
    const name = file.replace(/\.reading\.json$/, "");
    it(`${name}: the committed annotation is what the reading builds`, () => {
      const text = readFileSync(path.join(seedsDir, `${name}.txt`), "utf8");
      const reading: unknown = JSON.parse(readFileSync(path.join(seedsDir, file), "utf8"));
      const committed: unknown = JSON.parse(readFileSync(path.join(seedsDir, `${name}.annotation.json`), "utf8"));
      expect(buildAnnotation(reading, text)).toEqual(committed);
    });
  }

  it("refuses a quote that is absent, ambiguous, or outside its context", () => {
    const text = "غارة على حلب ثم غارة على إدلب";
    expect(locate(text, { quote: "إدلب" })).toEqual({ start: 25, end: 29 });
    expect(() => locate(text, { quote: "دمشق" })).toThrow(/not found/);
    expect(() => locate(text, { quote: "غارة" })).toThrow(/ambiguous/);
    expect(locate(text, { quote: "غارة", occurrence: 1 })).toEqual({ start: 16, end: 20 });
    expect(locate(text, { quote: "غارة", within: "ثم غارة على" })).toEqual({ start: 16, end: 20 });
    expect(() => locate(text, { quote: "غارة", within: "على" })).toThrow(/occurs 2 times/);
  });
});
