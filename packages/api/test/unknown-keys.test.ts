import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { tables } from "@waqai/db";
import { z } from "zod";
import { fieldErrorsOf, type Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { BadFieldsError } from "../src/errors";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

// Every procedure refuses a key its schema does not name (a misspelt or smuggled field), naming it, before anything runs.
let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role | null = "editor") =>
  createCallerFactory(appRouter)(
    createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: role ? { id: `u-${role}`, email: `${role}@example.org`, role } : null }),
  );
const badField = async (p: Promise<unknown>) => {
  const err = await trpcError(p);
  expect(err.code).toBe("BAD_REQUEST");
  // Unknown keys come as BadFieldsError; a wrong value as the schema's own ZodError; both name the field.
  if (err.cause instanceof z.ZodError) return Object.keys(fieldErrorsOf(err.cause, "en"));
  expect(err.cause).toBeInstanceOf(BadFieldsError);
  return Object.keys((err.cause as BadFieldsError).fields);
};
const events = async () => (await tdb.db.select({ n: count() }).from(tables.events))[0]!.n;

describe("unknown input keys", () => {
  it("are refused on public lists, including a prototype-shaped key, instead of being dropped", async () => {
    const anon = as(null);
    expect(await badField(anon.events.list({ limt: 5 } as never))).toEqual(["limt"]);
    expect(await badField(anon.issues.list({ constructor: { prototype: { polluted: true } } } as never))).toEqual(["constructor"]);
    expect(await badField(anon.issues.list({ limit: true } as never))).toEqual(["limit"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // What the schema names still works.
    expect((await anon.events.list({ limit: 2 })).items).toBeInstanceOf(Array);
  });

  it("are refused on writes, at any depth, and nothing is written", async () => {
    const before = await events();
    expect(await badField(as().edit.event.create({ type: "air_strike", titleAr: "غارة", titelEn: "typo" } as never))).toEqual(["titelEn"]);
    expect(await events()).toBe(before);
    const ev = await as().edit.event.create({ type: "air_strike", titleAr: "غارة" });
    const keys = await badField(as().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleEn: "Air strike" }, force: true } as never));
    expect(keys).toEqual(["force"]);
    expect((await as().edit.event.get({ id: ev.id })).version).toBe(ev.version);
  });

  it("tell a caller without the role nothing about the input", async () => {
    const err = await trpcError(as(null).edit.event.create({ type: "air_strike", titleAr: "غارة", titelEn: "typo" } as never));
    expect(err.code).toBe("UNAUTHORIZED");
  });
});
