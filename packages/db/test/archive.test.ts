/**
 * The bounded reads of issue 12 against brute force on a few thousand synthetic events (PGlite, and
 * PostgreSQL under TEST_DATABASE_URL): related events both ways, capped counts and facets, the chart's
 * histogram (from the rollup the triggers keep, and from the events when a filter needs them), the suggest
 * box, names of referenced records, and the sitemap's months. Brute force reads every row in JavaScript.
 */
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalize } from "@waqai/arabic";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { synthesize } from "../src/synth/write";
import { rng } from "../src/synth/generate";
import { reindexSearch } from "../src/search";
import {
  bucketFor,
  countEvents,
  eventFacets,
  eventHistogram,
  latestEvents,
  recordNames,
  relatedEvents,
  suggestRecords,
  listEvents,
  type EventFilterParams,
} from "../src/queries";
import { firstDayOf as firstDay, lastDayOf as lastDay } from "@waqai/schema";
import { openTestDb, unpublishSome, type TestDb } from "./test-db";

let tdb: TestDb;
type Row = { id: string; type: string; sort_key: string; time_precision: string; status: string; date_earliest: string | null; date_latest: string | null };
let rows: Row[];

async function allEvents(): Promise<Row[]> {
  return queryRows<Row>(tdb.db, sql`select id, type, sort_key, time_precision, status, date_earliest, date_latest from events`);
}

beforeAll(async () => {
  tdb = await openTestDb();
  await synthesize(tdb.db, { events: 3000, seed: 11, batchSize: 500 });
  // Relations both ways between random events (the synthetic archive has none of its own).
  const r = rng(3);
  const ids = (await allEvents()).map((e) => e.id);
  const links = new Map<string, { eventId: string; relatedEventId: string; relation: string }>();
  for (let i = 0; i < 600; i++) {
    const a = r.pick(ids);
    const b = r.pick(ids);
    const relation = r.pick(["part_of", "follows", "response_to", "enables"] as const);
    if (a !== b) links.set(`${a} ${b} ${relation}`, { eventId: a, relatedEventId: b, relation });
  }
  await tdb.db.insert(t.eventRelations).values([...links.values()]);
  // Some events leave the public record (the rollup must follow a status change), one changes its date.
  await unpublishSome(tdb.db, ids);
  await tdb.db
    .update(t.events)
    .set({ sortKey: "2016-01-15" })
    .where(inArray(t.events.id, ids.slice(60, 70)));
  await reindexSearch(tdb.db);
  rows = await allEvents();
}, 240_000);
afterAll(async () => tdb?.dispose());

const published = () => rows.filter((e) => e.status === "published");

describe("archive-scale reads agree with brute force", () => {
  it("related events: both directions, published only", async () => {
    const relations = await queryRows<{ event_id: string; related_event_id: string; relation: string }>(
      tdb.db,
      sql`select event_id, related_event_id, relation from event_relations`,
    );
    const visible = new Set(published().map((e) => e.id));
    const withLinks = [...new Set(relations.map((l) => l.event_id))].slice(0, 25);
    for (const id of withLinks) {
      const expected = [
        ...relations.filter((l) => l.event_id === id && visible.has(l.related_event_id)).map((l) => `${l.related_event_id} ${l.relation} out`),
        ...relations.filter((l) => l.related_event_id === id && visible.has(l.event_id)).map((l) => `${l.event_id} ${l.relation} in`),
      ].sort();
      const got = await relatedEvents(tdb.db, { id, limit: 100 });
      expect(got.items.map((x) => `${x.event.id} ${x.relation} ${x.inverse ? "in" : "out"}`).sort(), id).toEqual(expected);
    }
  });

  it("counts and facets: per type, with and without a filter", async () => {
    const byType = (list: Row[]) => Object.fromEntries([...new Set(list.map((e) => e.type))].map((ty) => [ty, list.filter((e) => e.type === ty).length]));
    expect((await countEvents(tdb.db, {})).count).toBe(published().length);
    const facets = await eventFacets(tdb.db, {});
    expect(Object.fromEntries(facets.types.map((f) => [f.type, f.count]))).toEqual(byType(published()));
    // The unfiltered timeline is answered from the rollup; one type and one precision must agree with the events too.
    const someType = published()[0]!.type as EventFilterParams["type"];
    expect((await countEvents(tdb.db, { type: someType })).count).toBe(published().filter((e) => e.type === someType).length);
    const somePrecision = published()[0]!.time_precision as EventFilterParams["precision"];
    expect((await countEvents(tdb.db, { precision: somePrecision })).count).toBe(published().filter((e) => e.time_precision === somePrecision).length);
    const from = "2014-01";
    const to = "2014-12";
    // "within": the whole window inside the range.
    const inRange = published().filter((e) => !!e.date_earliest && !!e.date_latest && e.date_earliest >= "2014-01-01" && e.date_latest <= "2014-12-31");
    const got = await eventFacets(tdb.db, { from, to, dateMatch: "within" });
    expect(Object.fromEntries(got.types.map((f) => [f.type, f.count]))).toEqual(byType(inRange));
  });

  it("latest events: the published ones most recently changed first, the same as sorting them all", async () => {
    const all = await queryRows<{ id: string; updated_at: string; status: string }>(tdb.db, sql`select id, updated_at::text, status from events`);
    const expected = all
      .filter((e) => e.status === "published")
      .sort((a, b) => (a.updated_at === b.updated_at ? (a.id < b.id ? 1 : -1) : a.updated_at < b.updated_at ? 1 : -1))
      .slice(0, 30)
      .map((e) => e.id);
    expect((await latestEvents(tdb.db, 30)).items.map((e) => e.id)).toEqual(expected);
  });

  it("the histogram from the rollup equals the events', bucket by bucket, after status and date changes", async () => {
    const hist = await eventHistogram(tdb.db, {});
    const expectedBucket = bucketFor(hist.from!, hist.to!);
    expect(hist.bucket).toBe(expectedBucket);
    expect(hist.total).toBe(published().length);
    const keyOf = (k: string) =>
      hist.bucket === "year" ? `${k.slice(0, 4)}-01-01` : hist.bucket === "month" && k.slice(5, 7) !== "00" ? `${k.slice(0, 7)}-01` : null;
    const expected = new Map<string, number>();
    for (const e of published()) {
      const b = e.sort_key < "9999" ? keyOf(e.sort_key) : null;
      if (b) expected.set(b, (expected.get(b) ?? 0) + 1);
    }
    expect(Object.fromEntries(hist.bins.map((b) => [b.start, b.count]))).toEqual(Object.fromEntries([...expected].sort()));
    // The same chart read from the events themselves (a filter the rollup cannot answer) agrees.
    const actor = (await queryRows<{ actor_id: string }>(tdb.db, sql`select actor_id from event_participants group by 1 order by count(*) desc limit 1`))[0]!
      .actor_id;
    const withActor = await eventHistogram(tdb.db, { actorId: actor });
    const actorEvents = new Set(
      (await queryRows<{ event_id: string }>(tdb.db, sql`select event_id from event_participants where actor_id = ${actor}`)).map((r) => r.event_id),
    );
    expect(withActor.total).toBe(published().filter((e) => actorEvents.has(e.id)).length);
    // A range of one month is drawn in days.
    const month = await eventHistogram(tdb.db, { from: "2015-03", to: "2015-03" });
    expect(month.bucket).toBe("day");
    const days = new Map<string, number>();
    for (const e of published().filter((e) => e.sort_key >= "2015-03-01" && e.sort_key <= "2015-03-31")) days.set(e.sort_key, (days.get(e.sort_key) ?? 0) + 1);
    expect(Object.fromEntries(month.bins.map((b) => [b.start, b.count]))).toEqual(Object.fromEntries([...days].sort()));
  });

  it("the rollup holds exactly the published events per day, type and precision", async () => {
    const rollup = await queryRows<{ key: string; type: string; precision: string; n: number }>(
      tdb.db,
      sql`select key, type, precision, n from event_day_counts where n <> 0 order by 1, 2, 3`,
    );
    const expected = new Map<string, number>();
    for (const e of published()) {
      const k = `${e.sort_key}|${e.type}|${e.time_precision}`;
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    expect(Object.fromEntries(rollup.map((r) => [`${r.key}|${r.type}|${r.precision}`, Number(r.n)]))).toEqual(Object.fromEntries(expected));
  });

  it("suggests published records whose normalized names start with the words, exact names first", async () => {
    const actors = await queryRows<{ id: string; name_ar: string; variants: string[]; status: string }>(
      tdb.db,
      sql`select id, name_ar, variants, status from actors`,
    );
    const someone = actors.find((a) => a.status === "published")!;
    const word = someone.name_ar.split(" ")[0]!;
    const got = await suggestRecords(tdb.db, { kind: "actor", q: word, limit: 20 });
    expect(got.items.length).toBeGreaterThan(0);
    const n = normalize(word);
    for (const item of got.items) {
      const a = actors.find((x) => x.id === item.id)!;
      expect(a.status).toBe("published");
      expect(
        [a.name_ar, ...a.variants].some((name) =>
          normalize(name)
            .split(" ")
            .some((w) => w.startsWith(n)),
        ),
      ).toBe(true);
    }
    const exact = await suggestRecords(tdb.db, { kind: "actor", q: someone.name_ar, limit: 5 });
    expect(normalize(exact.items[0]!.label.ar)).toBe(normalize(someone.name_ar));
  });

  it("names referenced records, leaving out what the public may not see", async () => {
    const hidden = rows.find((e) => e.status !== "published")!;
    const shown = published().slice(0, 3);
    const got = await recordNames(tdb.db, [...shown.map((e) => ({ kind: "event" as const, id: e.id })), { kind: "event", id: hidden.id }]);
    expect(got.items.map((i) => i.id).sort()).toEqual(shown.map((e) => e.id).sort());
  });

  it("date ranges read as sort-key ranges agree with brute force: windows open on either side, month and undated keys", async () => {
    // Windows the synthetic archive lacks: open below, open above, a month's key, an undated key with only an upper bound,
    // and sort keys far from their windows (the widest lag and lead are what the bound is made of).
    const ids = published().map((e) => e.id);
    await tdb.db.execute(
      sql`update events set date_earliest = null where id in (${sql.join(
        ids.slice(100, 140).map((i) => sql`${i}`),
        sql`, `,
      )}) and date_latest is not null`,
    );
    await tdb.db.execute(
      sql`update events set date_latest = null where id in (${sql.join(
        ids.slice(140, 180).map((i) => sql`${i}`),
        sql`, `,
      )}) and date_earliest is not null`,
    );
    await tdb.db.execute(
      sql`update events set sort_key = substr(date_earliest, 1, 7) || '-00' where id in (${sql.join(
        ids.slice(180, 220).map((i) => sql`${i}`),
        sql`, `,
      )}) and date_earliest is not null`,
    );
    await tdb.db.execute(
      sql`update events set sort_key = '9999-99-99', date_earliest = null, date_latest = '2015-06-30' where id in (${sql.join(
        ids.slice(220, 230).map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
    await tdb.db.execute(
      sql`update events set sort_key = '2012-02-02' where id in (${sql.join(
        ids.slice(230, 235).map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
    const now = await allEvents();
    const pub = now.filter((e) => e.status === "published");
    const overlaps = (e: Row, lo?: string, hi?: string) => {
      const early = e.date_earliest ?? e.date_latest;
      const late = e.date_latest ?? e.date_earliest;
      if (!early || !late) return false;
      return (!hi || early <= hi) && (!lo || late >= lo);
    };
    const ranges: [string | undefined, string | undefined][] = [
      ["2015-06", undefined],
      [undefined, "2013-03"],
      ["2014-02", "2014-02"],
      ["2016-01-10", "2016-03-20"],
      ["2012", "2012"],
      ["2015-06-30", "2015-06-30"],
    ];
    for (const [from, to] of ranges) {
      const lo = from ? firstDay(from) : undefined;
      const hi = to ? lastDay(to) : undefined;
      const expected = pub.filter((e) => overlaps(e, lo, hi));
      expect(expected.length, `${from}..${to}`).toBeGreaterThan(0);
      expect((await countEvents(tdb.db, { from, to })).count, `${from}..${to}`).toBe(expected.length);
      // The whole list, page by page, is the same set in timeline order.
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listEvents(tdb.db, { from, to, limit: 100, cursor });
        listed.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const order = (a: Row, b: Row) => (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.id < b.id ? -1 : 1);
      expect(listed, `${from}..${to}`).toEqual([...expected].sort(order).map((e) => e.id));
    }
  });
});
