import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "@waqai/db";
import type { EditableKind, Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, SEEDS_DIR, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

// Sync for outsiders: `updatedSince` on every list, and the removals feed for what left the record.
let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
});
afterAll(async () => tdb?.dispose());

const as = (role: Role, id = `u-${role}`) =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id, email: `${id}@example.org`, role } }));
const anon = () => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en" }));

/** The database's clock, so the test's instants and the rows' timestamps come from one source. */
async function dbNow(): Promise<string> {
  const [row] = await tdb.rawQuery<{ now: Date | string }>("select now() as now");
  return new Date(row!.now).toISOString();
}
const tick = () => new Promise((r) => setTimeout(r, 15));

/** Draft → in review (editor) → published (a reviewer: nobody publishes their own edit). */
async function publish(kind: EditableKind, id: string, version: number): Promise<{ version: number }> {
  const sub = await as("editor").edit[kind].setStatus({ id, baseVersion: version, to: "in_review" });
  return await as("reviewer").edit[kind].setStatus({ id, baseVersion: sub.version, to: "published" });
}

describe("updatedSince", () => {
  it("every public list takes it: a far past instant changes nothing, a future one empties the page", async () => {
    const lists = ["outlets", "documents", "citations", "actors", "places", "events", "claims", "disputes", "issues", "positions", "conflicts"] as const;
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const name of lists) {
      const list = anon()[name].list as (i: object) => Promise<{ items: { id: string }[] }>;
      const plain = await list({ limit: 100 });
      expect(plain.items.length, name).toBeGreaterThan(0);
      expect(
        (await list({ limit: 100, updatedSince: "2000-01-01T00:00:00Z" })).items.map((i) => i.id),
        name,
      ).toEqual(plain.items.map((i) => i.id));
      expect((await list({ limit: 100, updatedSince: future })).items, name).toEqual([]);
    }
  });

  it("a newly published event, its citation and its document's other records show up after the instant, and only they", async () => {
    const before = await dbNow();
    await tick();
    const doc = await as("editor").annotate.importDocument({
      titleAr: "خبر للمزامنة",
      text: "قصفت الطائرات مدينة إدلب صباح اليوم.",
      publishedDate: "2017-04-20",
    });
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة للمزامنة" });
    const cite = await as("editor").annotate.citeSpan({ documentId: doc.id, start: 0, end: 13, target: { kind: "event", id: ev.id } });
    // Drafts never appear, whatever the instant.
    expect((await anon().events.list({ updatedSince: before })).items).toEqual([]);
    await publish("document", doc.id, (await as("editor").edit.document.get({ id: doc.id })).version);
    await publish("event", ev.id, (await as("editor").edit.event.get({ id: ev.id })).version);

    const events = await anon().events.list({ updatedSince: before });
    expect(events.items.map((e) => e.id)).toEqual([ev.id]);
    expect((await anon().documents.list({ updatedSince: before })).items.map((d) => d.id)).toEqual([doc.id]);
    // The citation was made while its event was a draft; it counts as changed when the event was published.
    expect((await anon().citations.list({ updatedSince: before })).items.map((c) => c.id)).toEqual([cite.id]);
    expect((await anon().actors.list({ updatedSince: before })).items).toEqual([]);

    await tick();
    const after = await dbNow();
    expect((await anon().events.list({ updatedSince: after })).items).toEqual([]);
    expect((await anon().citations.list({ updatedSince: after })).items).toEqual([]);
    // Editors' lists take it too.
    expect((await as("editor").edit.event.list({ updatedSince: before })).items.map((e) => e.id)).toEqual([ev.id]);
  });

  it("says which field is wrong when the instant is not one", async () => {
    const err = await trpcError(anon().events.list({ updatedSince: "yesterday" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("updatedSince");
    // An instant without a zone is ambiguous across servers: refused too.
    expect((await trpcError(anon().events.list({ updatedSince: "2017-04-23T10:00:00" }))).code).toBe("BAD_REQUEST");
  });
});

describe("sync.removals", () => {
  it("names retracted and merged records once published, in order, with the record that absorbed a merge; never a draft", async () => {
    const keep = await as("editor").edit.actor.create({ kind: "armed_group", nameAr: "فصيل أول" });
    const dup = await as("editor").edit.actor.create({ kind: "armed_group", nameAr: "الفصيل الأول" });
    const draftDup = await as("editor").edit.actor.create({ kind: "armed_group", nameAr: "فصيل أول مكرر" });
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة ستسحب" });
    await publish("actor", keep.id, keep.version);
    await publish("actor", dup.id, dup.version);
    const evPub = await publish("event", ev.id, ev.version);

    const since = await dbNow();
    await tick();
    expect((await anon().sync.removals({ since })).items).toEqual([]);

    await as("reviewer").edit.event.setStatus({ id: ev.id, baseVersion: evPub.version, to: "retracted" });
    await as("reviewer").merge.records({ kind: "actor", duplicateId: dup.id, keepId: keep.id });
    await as("reviewer").merge.records({ kind: "actor", duplicateId: draftDup.id, keepId: keep.id });

    const feed = await anon().sync.removals({ since });
    expect(feed.items.map(({ kind, id, reason, replacedBy }) => ({ kind, id, reason, replacedBy }))).toEqual([
      { kind: "event", id: ev.id, reason: "retracted", replacedBy: undefined },
      { kind: "actor", id: dup.id, reason: "merged", replacedBy: keep.id },
    ]);
    expect(Date.parse(feed.items[0]!.at)).toBeGreaterThan(Date.parse(since));
    expect(feed.items.some((r) => r.id === draftDup.id)).toBe(false);
    // The retracted event is gone from the list; the kept actor shows up as changed (it learned the duplicate's name).
    expect((await anon().events.list({ updatedSince: since })).items.some((e) => e.id === ev.id)).toBe(false);
    expect((await anon().actors.list({ updatedSince: since })).items.map((a) => a.id)).toContain(keep.id);

    // One at a time with the cursor: the same items, in the same order, none twice.
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await anon().sync.removals({ since, limit: 1, cursor });
      paged.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(feed.items.map((r) => r.id));
  });

  it("refuses a missing or malformed instant, naming the field", async () => {
    const err = await trpcError(anon().sync.removals({ since: "not a date" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("since");
    expect((await trpcError(anon().sync.removals({ since: new Date().toISOString(), cursor: "bogus" }))).code).toBe("BAD_REQUEST");
  });
});
