import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, queryRows } from "../src/client";
import * as t from "../src/tables";
import { makeDocument, makeEvent } from "./factories";
import { openTestDb, sqlState, type TestDb } from "./test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const EXPECTED_TABLES = [
  "accounts",
  "actors",
  "api_tokens",
  "audit_log",
  "citations",
  "claims",
  "conflict_dyads",
  "conflict_parties",
  "conflicts",
  "dispute_issues",
  "dispute_parties",
  "disputes",
  "documents",
  "event_day_counts",
  "event_issue_links",
  "event_participants",
  "event_places",
  "event_quantities",
  "event_relations",
  "events",
  "outbox",
  "outlets",
  "pending_changes",
  "place_event_counts",
  "places",
  "positions",
  "record_redirects",
  "releases",
  "review_comments",
  "revisions",
  "search_entries",
  "sessions",
  "sign_in_lockouts",
  "suggestion_decisions",
  "users",
  "verifications",
];

describe("migrations", () => {
  it("create every domain table, in snake_case", async () => {
    const rows = await queryRows<{ table_name: string }>(
      tdb.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
  });

  it("are listed in the journal, one entry per SQL file, and re-running them changes nothing", async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
    const files = readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith(".sql"))
      .map((f) => f.replace(/\.sql$/, ""));
    expect(journal.entries.map((e) => e.tag).sort()).toEqual(files.sort());
    await tdb.migrate();
    const applied = await queryRows<{ n: number }>(tdb.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(applied[0]?.n).toBe(journal.entries.length);
  });
});

describe("constraints keep data whole", () => {
  it("reject an event type outside the taxonomy", async () => {
    expect(await sqlState(makeEvent(tdb.db, { type: "picnic" }))).toBe("23514");
  });

  it("reject a relative date without its expression and anchor", async () => {
    expect(await sqlState(makeEvent(tdb.db, { dateStart: "2017-04-22", timeBasis: "relative", timePrecision: "day" }))).toBe("23514");
  });

  it("reject an event at a place that does not exist", async () => {
    expect(await sqlState(makeEvent(tdb.db, { placeId: "pl-nowhere" }))).toBe("23503");
  });

  it("reject a figure whose low is above its high, and a vague number without its convention", async () => {
    const ev = await makeEvent(tdb.db);
    const base = { eventId: ev.id, kind: "killed", words: "عشرات", vague: true };
    expect(await sqlState(tdb.db.insert(t.eventQuantities).values({ ...base, id: "q-bad-range", ordinal: 1, low: 20, high: 10 }))).toBe("23514");
    expect(await sqlState(tdb.db.insert(t.eventQuantities).values({ ...base, id: "q-no-convention", ordinal: 2, best: 12 }))).toBe("23514");
  });

  it("reject a citation with no target, two targets, or a target that is not its kind", async () => {
    const doc = await makeDocument(tdb.db);
    const ev = await makeEvent(tdb.db);
    const base = { documentId: doc.id, documentHash: doc.textHash, startOffset: 0, endOffset: 3, exact: "سقط", prefix: "", suffix: " ", role: "evidence" };
    expect(await sqlState(tdb.db.insert(t.citations).values({ ...base, id: "c-none", targetKind: "event" }))).toBe("23514");
    expect(await sqlState(tdb.db.insert(t.citations).values({ ...base, id: "c-two", targetKind: "event", eventId: ev.id, targetDocumentId: doc.id }))).toBe(
      "23514",
    );
    expect(await sqlState(tdb.db.insert(t.citations).values({ ...base, id: "c-kind", targetKind: "claim", eventId: ev.id }))).toBe("23514");
    expect(
      await sqlState(tdb.db.insert(t.citations).values({ ...base, id: "c-span", targetKind: "event", eventId: ev.id, startOffset: 5, endOffset: 5 })),
    ).toBe("23514");
    expect(await sqlState(tdb.db.insert(t.citations).values({ ...base, id: "c-ok", targetKind: "event", eventId: ev.id }))).toBeUndefined();
  });

  it("reject a duplicate id", async () => {
    const ev = await makeEvent(tdb.db);
    expect(await sqlState(makeEvent(tdb.db, { id: ev.id }))).toBe("23505");
  });
});
