import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bilingualFieldErrors, EventFields, fieldErrorsOf, Id, PartialDate, updateInputOf } from "../src";

const errorOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a failure");
  return r.error;
};

describe("one field-error formatter, in Arabic and English", () => {
  it("says what to do for each kind of mistake, per field, in both languages", () => {
    const err = errorOf(updateInputOf(EventFields), {
      id: "ev-a",
      baseVersion: 0,
      patch: { titleAr: " ", placeId: "Not An Id", dateStart: "2017-4", type: "sabotage", titel: "x" },
    });
    expect(fieldErrorsOf(err, "en")).toEqual({
      baseVersion: "at least 1",
      "patch.titleAr": "required",
      "patch.placeId": "pick a record from the list (or an id such as ev-…)",
      "patch.dateStart": "a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04-23",
      "patch.type": expect.stringMatching(/^choose one of: air_strike, shelling/) as unknown,
      "patch.titel": "unknown field; check its name",
    });
    const ar = fieldErrorsOf(err, "ar");
    expect(ar["patch.titleAr"]).toBe("مطلوب");
    expect(ar["patch.placeId"]).toMatch(/^اختر سجلاً من القائمة/);
    // Every Arabic message is Arabic prose, never zod's own mixed-language text.
    for (const m of Object.values(ar)) {
      expect(m).toMatch(/[\u0600-\u06FF]/);
      expect(m).not.toMatch(/string|number|Too small|expected/);
    }
  });

  it("names a missing field as required and a wrong type by what was expected", () => {
    const err = errorOf(z.object({ a: z.string(), n: z.number().int(), u: z.url(), c: z.string().length(2), l: z.array(z.string()).max(1) }), {
      n: 1.5,
      u: "nope",
      c: "abc",
      l: ["a", "b"],
    });
    expect(fieldErrorsOf(err, "en")).toEqual({
      a: "required",
      n: "enter a whole number",
      u: "a full web address starting with https://",
      c: "exactly 2 characters",
      l: "at most 1 items",
    });
    expect(Object.values(fieldErrorsOf(err, "ar")).every((m) => /[\u0600-\u06FF]/.test(m))).toBe(true);
  });

  it("a custom check carries its own pair of messages; the empty patch is one", () => {
    const err = errorOf(updateInputOf(EventFields), { id: "ev-a", baseVersion: 1, patch: {} });
    expect(bilingualFieldErrors(err)).toEqual({ patch: { ar: "اذكر حقلاً واحداً على الأقل لتغييره", en: "name at least one field to change" } });
  });

  it("recognises our own formats whatever field they sit in", () => {
    const err = errorOf(z.object({ x: Id, y: PartialDate }), { x: "A", y: "23/04/2017" });
    expect(fieldErrorsOf(err, "en")).toEqual({
      x: "pick a record from the list (or an id such as ev-…)",
      y: "a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04-23",
    });
  });
});
