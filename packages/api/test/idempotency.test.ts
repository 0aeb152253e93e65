import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, like } from "drizzle-orm";
import { tables } from "@waqai/db";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

// A create retried with the same Idempotency-Key (its first answer lost) finds what the first attempt made.
let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (idempotencyKey?: string, user = "u-editor", role: Role = "editor") =>
  createCallerFactory(appRouter)(
    createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: user, email: `${user}@example.org`, role }, idempotencyKey }),
  );
const eventsTitled = async (title: string) => (await tdb.db.select({ n: count() }).from(tables.events).where(like(tables.events.titleAr, title)))[0]!.n;
const revisionsOf = async (id: string) =>
  (
    await tdb.db
      .select({ n: count() })
      .from(tables.revisions)
      .where(and(eq(tables.revisions.entityKind, "event"), eq(tables.revisions.entityId, id)))
  )[0]!.n;

describe("Idempotency-Key on creates", () => {
  it("makes one record however often the same create is retried, and answers each retry as the first", async () => {
    const input = { type: "air_strike" as const, titleAr: "غارة مكررة الإرسال", dateStart: "2017-04-22" };
    const first = await as("key-1").edit.event.create(input);
    const again = await as("key-1").edit.event.create(input);
    const concurrent = await Promise.all([as("key-1").edit.event.create(input), as("key-1").edit.event.create(input)]);
    expect([again, ...concurrent]).toEqual([first, first, first]);
    expect(await eventsTitled("غارة مكررة الإرسال")).toBe(1);
    expect(await revisionsOf(first.id)).toBe(1);
    // Without a key, each create is its own record.
    await as().edit.event.create(input);
    expect(await eventsTitled("غارة مكررة الإرسال")).toBe(2);
  });

  it("refuses the key for a different request, and keeps each caller's keys apart", async () => {
    await as("key-2").edit.actor.create({ nameAr: "فاعل أول", kind: "armed_forces" });
    const err = await trpcError(as("key-2").edit.actor.create({ nameAr: "فاعل آخر", kind: "armed_forces" }));
    expect(err.code).toBe("UNPROCESSABLE_CONTENT");
    expect(err.message).toMatch(/different request/);
    const actors = async (name: string) => (await tdb.db.select({ n: count() }).from(tables.actors).where(eq(tables.actors.nameAr, name)))[0]!.n;
    expect(await actors("فاعل آخر")).toBe(0);
    // Another editor's "key-2" is another key.
    const theirs = await as("key-2", "u-other").edit.actor.create({ nameAr: "فاعل آخر", kind: "armed_forces" });
    expect(await actors("فاعل آخر")).toBe(1);
    expect(theirs.id).toMatch(/^act-/);
  });
});
