/**
 * Every public keyset list pages both ways and counts what it matches (issue 13), against brute force on
 * synthetic records (PGlite, and PostgreSQL under TEST_DATABASE_URL): walking `next` to the end and then
 * `prev` back gives the same pages in reverse, every matching record exactly once, and `total` is the
 * JavaScript count of the rows the caller may see. Some records are taken out of the public record so the
 * counts must follow visibility, not the table.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DisputeKind, DisputeStatus, IssueStatus, IssueType } from "@waqai/schema";
import * as t from "../src/tables";
import { queryRows } from "../src/client";
import { synthesize } from "../src/synth/write";
import {
  cappedCount,
  decodeCursor,
  InvalidCursorError,
  listActors,
  listCitations,
  listDocuments,
  listEvents,
  listIssues,
  listPlaces,
  PUBLIC_SCOPE,
  visible,
  type CappedCount,
} from "../src/queries";
import { openTestDb, unpublishSome, type TestDb } from "./test-db";

let tdb: TestDb;
type Row = { id: string; status: string };
let evs: (Row & { type: string })[];
let actors: (Row & { kind: string })[];

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
  prevCursor: string | null;
  total?: CappedCount;
}

const ids = (p: Page) => p.items.map((i) => i.id);

/**
 * Walks a list to its last page by `next`, then back to its first by `prev`, checking the two walks agree
 * page for page (items and cursors); answers every id in reading order and the first page's total.
 */
async function walk(list: (cursor: string | undefined) => Promise<Page>) {
  const forward: Page[] = [await list(undefined)];
  expect(forward[0]!.prevCursor).toBeNull();
  for (let p = forward[0]!; p.nextCursor;) forward.push((p = await list(p.nextCursor)));
  const backward: Page[] = [forward.at(-1)!];
  for (let p = backward[0]!; p.prevCursor;) backward.push((p = await list(p.prevCursor)));
  expect(backward.map(ids)).toEqual(forward.map(ids).reverse());
  expect(backward.map((p) => [p.nextCursor, p.prevCursor])).toEqual(forward.map((p) => [p.nextCursor, p.prevCursor]).reverse());
  // Every page of the walk answers the same total: it counts the filters, not the page.
  expect(new Set(forward.map((p) => JSON.stringify(p.total))).size).toBe(1);
  return { ids: forward.flatMap(ids), pages: forward.length, total: forward[0]!.total };
}

const exact = (count: number) => ({ count, capped: false });

beforeAll(async () => {
  tdb = await openTestDb();
  await synthesize(tdb.db, { events: 400, seed: 13, batchSize: 200 });
  const eventIds = (await queryRows<{ id: string }>(tdb.db, sql`select id from events order by id`)).map((r) => r.id);
  await unpublishSome(tdb.db, eventIds);
  await tdb.db.execute(sql`update actors set status = 'draft' where id like '%3'`);
  await tdb.db.execute(sql`update places set status = 'retracted' where id like '%5'`);
  await tdb.db.execute(sql`update documents set status = 'draft' where id like '%1'`);
  // Issues: a two-column key (dispute, ordinal) with an integer in it, across disputes.
  await tdb.db.insert(t.disputes).values(
    [0, 1, 2].map((d) => ({
      id: `dsp-${d}`,
      titleAr: `نزاع ${d}`,
      kind: DisputeKind.options[0]!,
      disputeStatus: DisputeStatus.options[0]!,
      status: "published" as const,
    })),
  );
  await tdb.db.insert(t.disputeIssues).values(
    [0, 1, 2].flatMap((d) =>
      Array.from({ length: 9 }, (_, i) => ({
        id: `iss-${d}-${i}`,
        disputeId: `dsp-${d}`,
        ordinal: i + 1,
        titleAr: `مسألة ${i}`,
        issueType: IssueType.options[0]!,
        issueStatus: IssueStatus.options[0]!,
        status: i % 4 === 3 ? ("draft" as const) : ("published" as const),
      })),
    ),
  );
  evs = await queryRows(tdb.db, sql`select id, type, status from events`);
  actors = await queryRows(tdb.db, sql`select id, kind, status from actors`);
}, 240_000);
afterAll(async () => tdb?.dispose());

const published = <R extends Row>(rows: R[]) => rows.filter((r) => r.status === "published");

describe("events.list both ways", () => {
  for (const order of ["asc", "desc"] as const) {
    it(`order=${order}: next to the end, prev back to the start, every published event once`, async () => {
      const all = await walk((cursor) => listEvents(tdb.db, { limit: 17, order, cursor }));
      const expected = published(evs).map((e) => e.id);
      expect(all.ids).toHaveLength(expected.length);
      expect(new Set(all.ids)).toEqual(new Set(expected));
      // Reading order is the timeline's: the same as one page holding everything.
      const whole = await listEvents(tdb.db, { limit: 10_000, order });
      expect(all.ids).toEqual(ids(whole));
    });
  }

  it("with a filter, and a last page that is full", async () => {
    const type = evs[0]!.type;
    const expected = published(evs).filter((e) => e.type === type);
    const limit = [7, 5, 3, 2].find((l) => expected.length % l === 0) ?? 1;
    const all = await walk((cursor) => listEvents(tdb.db, { limit, type: type as never, cursor }));
    expect(new Set(all.ids)).toEqual(new Set(expected.map((e) => e.id)));
    expect(all.pages).toBe(expected.length / limit);
  });

  it("the first page reached backward is the first page; a backward cursor is refused where only forward ones are taken", async () => {
    const first = await listEvents(tdb.db, { limit: 5 });
    const second = await listEvents(tdb.db, { limit: 5, cursor: first.nextCursor! });
    const back = await listEvents(tdb.db, { limit: 5, cursor: second.prevCursor! });
    expect(ids(back)).toEqual(ids(first));
    expect(back.prevCursor).toBeNull();
    expect(() => decodeCursor(second.prevCursor!, 2)).toThrow(InvalidCursorError);
    await expect(listEvents(tdb.db, { cursor: Buffer.from('{"before":[1]}').toString("base64url") })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("other lists both ways, with totals", () => {
  it("actors (all, and of one kind)", async () => {
    expect(published(actors).length).toBeLessThan(actors.length);
    const all = await walk(async (cursor) => listActors(tdb.db, { limit: 6, cursor }));
    expect(all.ids.sort()).toEqual(
      published(actors)
        .map((a) => a.id)
        .sort(),
    );
    expect(all.total).toEqual(exact(published(actors).length));
    const kind = actors[0]!.kind;
    const some = await walk(async (cursor) => listActors(tdb.db, { limit: 4, kind: kind as never, cursor }));
    const expected = published(actors).filter((a) => a.kind === kind);
    expect(some.ids.sort()).toEqual(expected.map((a) => a.id).sort());
    expect(some.total).toEqual(exact(expected.length));
  });

  it("places and documents", async () => {
    for (const [table, list] of [
      ["places", listPlaces],
      ["documents", listDocuments],
    ] as const) {
      const rows = published(await queryRows<Row>(tdb.db, sql`select id, status from ${sql.identifier(table)}`));
      const all = await walk(async (cursor) => list(tdb.db, { limit: 9, cursor }));
      expect(all.ids.sort(), table).toEqual(rows.map((r) => r.id).sort());
      expect(all.total, table).toEqual(exact(rows.length));
    }
  });

  it("citations of one document (the visibility of their targets counts too)", async () => {
    const [doc] = await queryRows<{ document_id: string }>(
      tdb.db,
      sql`select c.document_id from citations c join documents d on d.id = c.document_id where d.status = 'published'
          group by c.document_id order by count(*) desc, c.document_id limit 1`,
    );
    const all = await walk(async (cursor) => listCitations(tdb.db, { limit: 2, documentId: doc!.document_id, cursor }));
    const cits = await queryRows<{ id: string; document_id: string; event_id: string | null; quantity_id: string | null }>(
      tdb.db,
      sql`select id, document_id, event_id, quantity_id from citations`,
    );
    const eventOf = new Map(
      (await queryRows<{ id: string; event_id: string }>(tdb.db, sql`select id, event_id from event_quantities`)).map((q) => [q.id, q.event_id]),
    );
    const shown = new Set(published(evs).map((e) => e.id));
    const expected = cits.filter(
      (c) => c.document_id === doc!.document_id && (!c.event_id || shown.has(c.event_id)) && (!c.quantity_id || shown.has(eventOf.get(c.quantity_id)!)),
    );
    expect(all.ids.sort()).toEqual(expected.map((r) => r.id).sort());
    expect(all.total).toEqual(exact(expected.length));
  });

  it("issues, keyed by (dispute, ordinal)", async () => {
    const all = await walk(async (cursor) => listIssues(tdb.db, { limit: 4, cursor }));
    const expected = [0, 1, 2].flatMap((d) =>
      Array.from({ length: 9 }, (_, i) => i)
        .filter((i) => i % 4 !== 3)
        .map((i) => `iss-${d}-${i}`),
    );
    expect(all.ids).toEqual(expected);
    expect(all.total).toEqual(exact(expected.length));
    const one = await walk(async (cursor) => listIssues(tdb.db, { limit: 2, disputeId: "dsp-1", cursor }));
    expect(one.total).toEqual(exact(7));
  });
});

describe("cappedCount", () => {
  it("counts up to the cap and says when more match", async () => {
    const n = published(evs).length;
    const where = visible(t.events.status, PUBLIC_SCOPE);
    expect(await cappedCount(tdb.db, t.events, where)).toEqual(exact(n));
    expect(await cappedCount(tdb.db, t.events, where, n)).toEqual(exact(n));
    expect(await cappedCount(tdb.db, t.events, where, n - 1)).toEqual({ count: n - 1, capped: true });
    expect(await cappedCount(tdb.db, t.events, where, 5)).toEqual({ count: 5, capped: true });
  });
});
