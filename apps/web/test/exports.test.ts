import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, toCsv } from "../src/lib/exports";
import type { EventListItem, Place } from "../src/lib/api";

// The reader's CSV: a western longitude is a number and stays one; text that a spreadsheet would run stays text.
const event = {
  id: "ev-west",
  type: "air_strike",
  time: { start: "2017-04-22", precision: "day" },
  participants: [{ actorId: "act-a", role: "initiator", attribution: "declared" }],
  quantities: [],
  placeId: "pl-west",
  place: { id: "pl-west", name: { ar: "مكان، غرب" } },
  locationPrecision: "exact",
  assessment: { grading: "fair" },
  title: { ar: '=HYPERLINK("http://evil")' },
} as unknown as EventListItem;
const names = {
  actor: () => "-فاعل",
  place: () => ({ point: { lat: 40.4, lon: -3.7 } }) as unknown as Place,
};

describe("reader CSV export", () => {
  it("keeps negative coordinates as numbers and neutralises formula-like text", () => {
    const [header, row] = toCsv([event], names, "https://waqai.example").replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(CSV_COLUMNS.join(","));
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parseRow(row!)[i]]));
    expect(cells.longitude).toBe("-3.7");
    expect(cells.latitude).toBe("40.4");
    expect(cells.actor1).toBe("'-فاعل");
    expect(cells.notes).toBe(`'=HYPERLINK("http://evil")`);
    expect(cells.location).toBe("مكان، غرب");
  });
});

/** RFC 4180, enough for one row. */
function parseRow(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") out.push(cur), (cur = "");
    else cur += ch;
  }
  out.push(cur);
  return out;
}
