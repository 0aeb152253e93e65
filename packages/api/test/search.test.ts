import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "@waqai/db";
import { reindexSearch } from "@waqai/db/search";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, SEEDS_DIR, type TestDb } from "../../db/test/test-db";

let tdb: TestDb;
const caller = () => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en" }));

beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
  await reindexSearch(tdb.db);
});
afterAll(async () => tdb?.dispose());

const as = (role: "editor" | "reviewer") =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: `u-${role}`, email: `${role}@example.org`, role } }));

describe("search.query", () => {
  it("finds an event by its place's name only while the place is published, and by its new name after a rename", async () => {
    const place = await as("editor").edit.place.create({ feature: "village", nameAr: "قرية الاختبار" });
    const ev = await as("editor").edit.event.create({ type: "shelling", titleAr: "قصف مدفعي", placeId: place.id });
    const move = async (kind: "event" | "place", id: string, version: number, ...to: ("in_review" | "published" | "retracted" | "draft")[]) => {
      for (const step of to)
        version = (await as(step === "in_review" ? "editor" : "reviewer").edit[kind].setStatus({ id, baseVersion: version, to: step })).version;
      return version;
    };
    const ids = async (q: string) => (await caller().search.query({ q, kinds: ["event"] })).items.map((h) => h.id);
    // An event is published only with the place its page shows.
    await expect(move("event", ev.id, ev.version, "in_review", "published")).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const pv = await move("place", place.id, place.version, "in_review", "published");
    const submitted = (await as("editor").edit.event.get({ id: ev.id })).version;
    await move("event", ev.id, submitted, "published");
    expect(await ids("قرية الاختبار")).toContain(ev.id);

    // Renaming a published place waits for review: the old name finds the event until a reviewer accepts.
    const renamed = await as("editor").edit.place.update({ id: place.id, baseVersion: pv, patch: { nameAr: "كفرنبودة", variants: ["كفر نبودة"] } });
    expect(renamed.pending).toBe(true);
    expect(await ids("كفرنبودة")).not.toContain(ev.id);
    expect(await ids("قرية الاختبار")).toContain(ev.id);
    const sent = await as("editor").review.submit({ kind: "place", id: place.id, baseVersion: renamed.version });
    const accepted = await as("reviewer").review.accept({ kind: "place", id: place.id, baseVersion: sent.records[0]!.version });
    expect(await ids("كفرنبودة")).toContain(ev.id);
    expect(await ids("كفر نبودة")).toContain(ev.id);
    expect(await ids("قرية الاختبار")).not.toContain(ev.id);

    // A place that is no longer published does not lead the public to the published event it is attached to.
    await move("place", place.id, accepted.records[0]!.version, "retracted");
    expect(await ids("كفرنبودة")).not.toContain(ev.id);
  });

  it("returns ranked hits of several kinds with highlighted snippets", async () => {
    const { items } = await caller().search.query({ q: "لافروف" });
    const kinds = new Set(items.map((h) => h.kind));
    expect(kinds).toContain("actor");
    expect(kinds).toContain("event");
    for (const h of items) {
      expect(h.snippet.highlights.length).toBeGreaterThan(0);
      for (const m of h.snippet.highlights) expect(h.snippet.text.slice(m.start, m.end)).toMatch(/لافروف/);
    }
    const scores = items.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("rejects an empty query naming the field", async () => {
    try {
      await caller().search.query({ q: "   " });
      throw new Error("expected BAD_REQUEST");
    } catch (err) {
      expect(err).toBeInstanceOf(TRPCError);
      expect((err as TRPCError).code).toBe("BAD_REQUEST");
      expect((err as TRPCError).message).toContain("q");
    }
  });
});
