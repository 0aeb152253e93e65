import { describe, expect, it } from "vitest";
import { eventTimeSpan, formatPartialDate, machineDate } from "../src/dates";

describe("dates are shown no more precisely than the record knows them", () => {
  it("a month-precision date is a month, even when a day was stored", () => {
    expect(formatPartialDate("2017-04-01", "month")).toBe("أبريل 2017");
    expect(machineDate("2017-04-01", "month")).toBe("2017-04");
    expect(formatPartialDate("2017-04", "month", "en")).toBe("April 2017");
  });

  it("a day is a day; a year is a year", () => {
    expect(formatPartialDate("2017-04-04", "day")).toBe("4 أبريل 2017");
    expect(machineDate("2017-04-04", "day")).toBe("2017-04-04");
    expect(formatPartialDate("2017-04-04", "year")).toBe("2017");
    expect(machineDate("2017-04-04", "year")).toBe("2017");
  });

  it("a day-precision value that only has a month is not given an invented day", () => {
    expect(formatPartialDate("2017-04", "day")).toBe("أبريل 2017");
    expect(machineDate("2017-04", "day")).toBe("2017-04");
  });

  it("week precision says so", () => {
    expect(formatPartialDate("2017-04-17", "week")).toBe("في حدود أسبوع من 17 أبريل 2017");
  });

  it("unknown precision or a missing start is unknown, and an end alone stays an end", () => {
    expect(eventTimeSpan({ precision: "unknown" })).toEqual({ dates: [], known: false });
    const endOnly = eventTimeSpan({ precision: "unknown", end: "2017-04-21" });
    expect(endOnly.known).toBe(false);
    expect(endOnly.endOnly).toEqual({ text: "21 أبريل 2017", dateTime: "2017-04-21" });
  });

  it("a range collapses when both ends are the same date at that precision", () => {
    expect(eventTimeSpan({ start: "2017-04-22", end: "2017-04-22", precision: "day" }).dates).toHaveLength(1);
    expect(eventTimeSpan({ start: "2017-04-02", end: "2017-04-20", precision: "month" }).dates).toHaveLength(1);
    expect(eventTimeSpan({ start: "2017-04-19", end: "2017-04-21", precision: "day" }).dates.map((d) => d.dateTime)).toEqual(["2017-04-19", "2017-04-21"]);
  });
});
