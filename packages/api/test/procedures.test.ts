import type { TRPCError } from "@trpc/server";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@waqai/db";
import { appRouter, createCallerFactory, createContext, type Locale } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { makeActor, makeEvent, makePlace } from "../../db/test/factories";
import { trpcError } from "./trpc-error";

let tdb: TestDb;
const caller = (locale: Locale = "en") => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale }));

beforeAll(async () => {
  tdb = await openTestDb();
  await makePlace(tdb.db, { id: "pl-api-darat" });
  await makeActor(tdb.db, { id: "act-api-ru" });
  await makeEvent(tdb.db, { id: "ev-api-1", dateStart: "2017-04-22", placeId: "pl-api-darat" });
  await makeEvent(tdb.db, { id: "ev-api-2", dateStart: "2017-04-04", type: "chemical_attack" });
  await makeEvent(tdb.db, { id: "ev-api-draft", dateStart: "2017-04-05", status: "draft" });
});
afterAll(async () => tdb?.dispose());

/** What a client receives: the router's error formatter applied to the error. */
function shape(err: TRPCError, locale: Locale) {
  return appRouter._def._config.errorFormatter({
    error: err,
    type: "query",
    path: "events.list",
    input: undefined,
    ctx: createContext({ db: tdb.db, dbKind: tdb.kind, locale }),
    shape: { message: err.message, code: -32600, data: { code: err.code, httpStatus: 400 } },
  } as never) as { message: string; data: { fieldErrors: Record<string, string> | null } };
}

describe("health", () => {
  it("says which database it runs on", async () => {
    expect(await caller().health()).toEqual({ status: "ok", database: tdb.kind, version: expect.any(String) as unknown });
  });
});

describe("events", () => {
  it("list returns published events in time order with their place", async () => {
    const page = await caller().events.list({});
    expect(page.items.map((e) => e.id)).toEqual(["ev-api-2", "ev-api-1"]);
    expect(page.items[1]?.place?.name.ar).toBe("دارة عزة");
    expect(page.nextCursor).toBeNull();
  });

  it("byId of an unknown id is NOT_FOUND naming the id, in English and Arabic", async () => {
    const en = await trpcError(caller("en").events.byId({ id: "ev-missing" }));
    expect(en.code).toBe("NOT_FOUND");
    expect(en.message).toContain('"ev-missing"');
    const ar = await trpcError(caller("ar").events.byId({ id: "ev-missing" }));
    expect(ar.message).toContain("لا يوجد الحدث");
  });

  it("byId of a draft is NOT_FOUND for the public", async () => {
    expect((await trpcError(caller().events.byId({ id: "ev-api-draft" }))).code).toBe("NOT_FOUND");
  });
});

describe("bad input", () => {
  it("is BAD_REQUEST naming the field, in the caller's language", async () => {
    const err = await trpcError(caller().events.list({ limit: 1000 }));
    expect(err.code).toBe("BAD_REQUEST");
    const en = shape(err, "en");
    expect(Object.keys(en.data.fieldErrors ?? {})).toEqual(["limit"]);
    expect(en.message).toMatch(/^limit: /);
    const ar = shape(err, "ar");
    expect(ar.data.fieldErrors?.limit).toMatch(/[\u0600-\u06FF]/);
  });

  it("names nested and enum fields", async () => {
    const err = await trpcError(caller().events.list({ type: "picnic" as never, from: "April" }));
    expect(Object.keys(shape(err, "en").data.fieldErrors ?? {}).sort()).toEqual(["from", "type"]);
  });

  it("rejects a malformed id and a forged cursor", async () => {
    const id = await trpcError(caller().actors.byId({ id: "Robert'); DROP TABLE actors;--" }));
    expect(id.code).toBe("BAD_REQUEST");
    expect(Object.keys(shape(id, "en").data.fieldErrors ?? {})).toEqual(["id"]);
    const cursor = await trpcError(caller().events.list({ cursor: "forged" }));
    expect(cursor.code).toBe("BAD_REQUEST");
    expect(Object.keys(shape(cursor, "en").data.fieldErrors ?? {})).toEqual(["cursor"]);
  });

  it("writes nothing", async () => {
    const before = await tdb.db.select({ n: count() }).from(tables.events);
    await trpcError(caller().events.list({ limit: -1 }));
    await trpcError(caller().places.byId({ id: "" }));
    const after = await tdb.db.select({ n: count() }).from(tables.events);
    expect(after).toEqual(before);
  });
});

describe("every entity has list and byId", () => {
  it.each([
    ["actors", "act-api-ru"],
    ["places", "pl-api-darat"],
    ["events", "ev-api-1"],
  ] as const)("%s", async (name, id) => {
    const r = caller()[name];
    const page = await r.list({ limit: 5 });
    expect(page.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await r.byId({ id })).id).toBe(id);
  });

  it.each(["outlets", "documents", "citations", "claims", "disputes", "issues", "positions"] as const)(
    "%s: list pages and byId says NOT_FOUND",
    async (name) => {
      const r = caller()[name];
      const page = await r.list({ limit: 5 });
      // A first page with no page before it, and the total of what it shows (fewer than 5: no next page).
      expect(page).toEqual({ items: expect.any(Array) as unknown, nextCursor: null, prevCursor: null, total: { count: page.items.length, capped: false } });
      expect((await trpcError(r.byId({ id: "nope-404" }))).code).toBe("NOT_FOUND");
    },
  );
});
