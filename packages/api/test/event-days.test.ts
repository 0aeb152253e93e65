import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "@waqai/db";
import { synthesize } from "../../db/src/synth/write";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, SEEDS_DIR, type TestDb } from "../../db/test/test-db";

let tdb: TestDb;
const anon = () => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en" }));

beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
  await synthesize(tdb.db, { events: 600, seed: 7 });
});
afterAll(async () => tdb?.dispose());

/** The same counts the slow way: page through the list and count day-precise events. */
async function countedByPaging(filter: Record<string, unknown>) {
  const counts = new Map<string, number>();
  let total = 0;
  let cursor: string | undefined;
  do {
    const page = await anon().events.list({ ...filter, limit: 100, cursor });
    for (const e of page.items) {
      total += 1;
      if (e.time.precision === "day" && e.time.start?.length === 10) counts.set(e.time.start, (counts.get(e.time.start) ?? 0) + 1);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const days = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }));
  return { days, total, dayPrecise: days.reduce((n, d) => n + d.count, 0) };
}

describe("events.perDay", () => {
  it.each([{}, { type: "air_strike" }, { from: "2017-04-20", to: "2017-04-23" }, { precision: "month" }])(
    "agrees with paging through events.list (%j)",
    async (filter) => {
      const expected = await countedByPaging(filter);
      expect(expected.total, "the filter matches something").toBeGreaterThan(0);
      expect(await anon().events.perDay(filter as never)).toEqual(expected);
    },
  );

  it("counts published events only", async () => {
    const before = await anon().events.perDay({});
    const editor = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, user: { id: "u-e", email: "e@example.org", role: "editor" } }));
    await editor.edit.event.create({ type: "air_strike", titleAr: "مسودة", dateStart: "2017-04-22", timePrecision: "day" });
    expect(await anon().events.perDay({})).toEqual(before);
  });
});
