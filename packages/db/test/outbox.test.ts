import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { withTx, queryRows } from "../src/client";
import { onRecordsWritten, outboxBacklog, setStatus, startOutboxWorker, type RecordWritten } from "../src/editorial";
import { enqueueWritten } from "../src/editorial/outbox";
import { searchRecords } from "../src/search";
import * as t from "../src/tables";
import { createDraftEvent, editor } from "./editors";
import { openTestDb, type TestDb } from "./test-db";

// The outbox: post-commit work (search re-keying, telling the readers) stored in the write's own transaction,
// done by the writer or by any process's worker, retried until done. Runs on PGlite and, with
// TEST_DATABASE_URL, on PostgreSQL, where two workers share one database as replicas do.

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());
afterEach(async () => {
  await tdb.db.delete(t.outbox);
});

const rows = () => tdb.db.select().from(t.outbox).orderBy(t.outbox.id);
const draftScope = { statuses: ["draft", "in_review", "published"] as const };
const found = async (q: string) => (await searchRecords(tdb.db, { q, kinds: ["event"] }, draftScope)).items.map((h) => h.id);
/** As if the lease of every waiting row had run out (a process died holding them): due now. */
const leasesRunOut = () => tdb.db.update(t.outbox).set({ runAfter: sql`now() - interval '1 second'` });

describe("the outbox", () => {
  it("stores a write's work with it; the writer re-keys search before answering and leaves the readers' row to a worker", async () => {
    const { id } = await createDraftEvent(tdb.db, editor, "قصف على بلدة الأتارب");
    expect(await found("الأتارب")).toContain(id);
    expect((await rows()).map((r) => [r.topic, r.written])).toEqual([["notify", [{ kind: "event", id }]]]);

    const told: RecordWritten[][] = [];
    const stop = onRecordsWritten((w) => void told.push(w));
    const worker = startOutboxWorker(tdb.db, { pollMs: 60_000 });
    try {
      await worker.drain();
    } finally {
      await worker.stop();
      stop();
    }
    expect(told).toEqual([[{ kind: "event", id }]]);
    expect(await rows()).toEqual([]);
  });

  it("loses nothing when the writing process dies after the commit: a worker does the work once the lease runs out", async () => {
    const { id } = await createDraftEvent(tdb.db, editor, "غارة على معرة النعمان");
    await tdb.db.delete(t.outbox);
    // A write that committed with its work, by a process that died before doing any of it.
    await withTx(tdb.db, async (tx) => {
      await tx.update(t.events).set({ titleAr: "غارة على سراقب" }).where(eq(t.events.id, id));
      await enqueueWritten(tx, [{ kind: "event", id, fields: ["titleAr"] }]);
    });
    expect(await found("سراقب")).not.toContain(id);

    const worker = startOutboxWorker(tdb.db, { pollMs: 60_000 });
    try {
      await worker.drain(); // the search row is still leased to its (dead) writer; only the readers' row is due
      expect((await rows()).map((r) => r.topic)).toEqual(["search"]);
      expect(await found("سراقب")).not.toContain(id);
      await leasesRunOut();
      await worker.drain();
    } finally {
      await worker.stop();
    }
    expect(await found("سراقب")).toContain(id);
    expect(await found("معرة")).not.toContain(id);
    expect(await rows()).toEqual([]);
  });

  it("keeps a row whose listener failed, backs it off with the reason, and tells again until it is done", async () => {
    const { id } = await createDraftEvent(tdb.db, editor, "اشتباكات في ريف حماة");
    let calls = 0;
    const stop = onRecordsWritten(() => {
      calls++;
      if (calls === 1) throw new Error("reader http://127.0.0.1:1 unreachable");
    });
    const worker = startOutboxWorker(tdb.db, { pollMs: 60_000 });
    try {
      await worker.drain();
      const [failed] = await rows();
      expect(failed).toMatchObject({ topic: "notify", attempts: 1, lastError: "reader http://127.0.0.1:1 unreachable" });
      const [due] = await queryRows<{ later: boolean }>(tdb.db, sql`select run_after > now() as later from ${t.outbox}`);
      expect(due?.later).toBe(true); // backed off, not due at once
      expect(await outboxBacklog(tdb.db)).toMatchObject({ waiting: 1, failing: 1 });

      await worker.drain(); // still backing off: not tried again yet
      expect(calls).toBe(1);
      await leasesRunOut();
      await worker.drain();
    } finally {
      await worker.stop();
      stop();
    }
    expect(calls).toBe(2);
    expect(await rows()).toEqual([]);
    expect(await outboxBacklog(tdb.db)).toEqual({ waiting: 0, failing: 0, oldestSeconds: null });
    expect(id).toMatch(/^ev-/);
  });

  it("does each row once when two workers drain together (replicas on one database)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await createDraftEvent(tdb.db, editor, `حدث ${i}`)).id);
    // And a publish, whose status change the readers must hear of.
    await setStatus(tdb.db, { kind: "event", id: ids[0]!, baseVersion: 1, to: "in_review", actor: editor });
    const told = new Map<string, number>();
    const stop = onRecordsWritten((written) => {
      for (const w of written) told.set(`${w.id}:${w.fields?.join() ?? ""}`, (told.get(`${w.id}:${w.fields?.join() ?? ""}`) ?? 0) + 1);
    });
    const a = startOutboxWorker(tdb.db, { pollMs: 60_000, batch: 4 });
    const b = startOutboxWorker(tdb.db, { pollMs: 60_000, batch: 4 });
    try {
      await Promise.all([a.drain(), b.drain()]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      stop();
    }
    expect(told.size).toBe(31);
    expect([...told.values()].every((n) => n === 1)).toBe(true);
    expect(told.get(`${ids[0]}:status`)).toBe(1);
    expect(await rows()).toEqual([]);
  });
});
