import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  BilingualText,
  CitationSpan,
  ClaimBase,
  EVENT_TAXONOMY,
  EVENT_TYPES,
  EventListInput,
  EventTime,
  Id,
  PartialDate,
  PositionBase,
  Quantity,
} from "../src";

/** The paths of the issues a value raises, so each case says which field is blamed. */
function blamed(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}

describe("ids", () => {
  it.each([["ev-darat-izza-strikes"], ["act-ru"], ["q1"]])("accepts %s", (v) => expect(Id.safeParse(v).success).toBe(true));
  it.each([["Ev-1"], ["ev--1"], ["-ev"], ["ev_1"], ["e"], ["حدث"], ["ev-1-"]])("rejects %s", (v) => expect(Id.safeParse(v).success).toBe(false));
});

describe("bilingual text", () => {
  it("requires Arabic and allows English to be missing", () => {
    expect(BilingualText.safeParse({ ar: "غارة" }).success).toBe(true);
    expect(blamed(BilingualText, { en: "strike" })).toEqual(["ar"]);
    expect(blamed(BilingualText, { ar: "  " })).toEqual(["ar"]);
  });
});

describe("partial dates", () => {
  it.each([["2017"], ["2017-04"], ["2017-04-04"], ["2017-12-31"]])("accepts %s", (v) => expect(PartialDate.safeParse(v).success).toBe(true));
  it.each([["2017-4"], ["2017-13"], ["2017-04-32"], ["04/04/2017"], ["2017-04-04T10:00"]])("rejects %s", (v) =>
    expect(PartialDate.safeParse(v).success).toBe(false),
  );
});

describe("event time", () => {
  it("keeps the words and the anchor of a relative date", () => {
    expect(EventTime.safeParse({ start: "2017-04-22", precision: "day", basis: "relative", expression: "أمس", anchor: "2017-04-23" }).success).toBe(true);
    expect(blamed(EventTime, { start: "2017-04-22", precision: "day", basis: "relative" })).toEqual(["expression"]);
  });
  it("allows an unknown time without dates, an end-only date, but not a known precision with neither", () => {
    expect(EventTime.safeParse({ precision: "unknown", basis: "unknown" }).success).toBe(true);
    expect(EventTime.safeParse({ end: "2017-04-21", precision: "day", basis: "relative", expression: "انتهى أول من أمس", anchor: "2017-04-23" }).success).toBe(
      true,
    );
    expect(blamed(EventTime, { precision: "day", basis: "stated" })).toEqual(["start"]);
    expect(blamed(EventTime, { start: "2017-04-22", end: "2017-04-21", precision: "day", basis: "stated" })).toEqual(["end"]);
  });
});

describe("figures", () => {
  const base = { id: "q-1", kind: "killed_or_injured", words: "عشرات", vague: true } as const;
  it("keeps a vague word without a number", () => expect(Quantity.safeParse(base).success).toBe(true));
  it("requires the convention when a vague word is given a number", () => {
    expect(blamed(Quantity, { ...base, best: 12 })).toEqual(["convention"]);
    expect(Quantity.safeParse({ ...base, low: 12, best: 12, convention: "ACLED: dozens = 12" }).success).toBe(true);
  });
  it("rejects low above high", () => expect(blamed(Quantity, { ...base, vague: false, low: 20, high: 10 })).toEqual(["high"]));
});

describe("claims and positions", () => {
  it("a claim must be about something", () => {
    const c = { id: "cl-1", documentId: "doc-1", claimantId: "act-1", modality: "asserted", confidence: "medium", statement: { ar: "قال" } };
    expect(blamed(ClaimBase, c)).toEqual(["eventId"]);
    expect(ClaimBase.safeParse({ ...c, eventId: "ev-1" }).success).toBe(true);
  });
  it("a framed position must say whose framing it is", () => {
    const p = { id: "pos-1", issueId: "iss-1", actorId: "act-ru", stance: "accused", statement: { ar: "استخدام موسكو الفيتو" }, basis: "framed" };
    expect(blamed(PositionBase, p)).toEqual(["framedByActorId"]);
    expect(PositionBase.safeParse({ ...p, framedByOutletId: "out-1" }).success).toBe(true);
  });
});

describe("citation spans", () => {
  it("require the quote to be as long as the span", () => {
    expect(CitationSpan.safeParse({ documentId: "doc-1", start: 0, end: 3, exact: "أمس" }).success).toBe(true);
    expect(blamed(CitationSpan, { documentId: "doc-1", start: 0, end: 4, exact: "أمس" })).toEqual(["exact"]);
    expect(blamed(CitationSpan, { documentId: "doc-1", start: 4, end: 4, exact: "x" })).toContain("end");
  });
});

describe("taxonomy", () => {
  it("maps every event type, with CAMEO codes as the reference gives them", () => {
    for (const t of EVENT_TYPES) expect(EVENT_TAXONOMY[t].label.ar).toMatch(/[\u0600-\u06FF]/);
    expect(EVENT_TAXONOMY.phone_call.cameo?.code).toBe("041");
    expect(EVENT_TAXONOMY.chemical_attack.cameo?.code).toBe("2041");
    expect(EVENT_TAXONOMY.air_strike.acled?.subEventType).toBe("Air/drone strike");
    expect(EVENT_TAXONOMY.release.cameo?.code).toBe("0841");
  });
});

describe("list input", () => {
  it("defaults the page size and bounds it", () => {
    expect(EventListInput.parse({}).limit).toBe(20);
    expect(blamed(EventListInput, { limit: 101 })).toEqual(["limit"]);
    expect(blamed(EventListInput, { from: "yesterday" })).toEqual(["from"]);
  });
});
