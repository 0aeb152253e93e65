import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (user: { id: string; email: string; role: Role }) => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, user }));

describe("the admin panel's language, per user", () => {
  it("is Arabic by default, and English once a user chooses it, for that user only", async () => {
    const admin = as({ id: "u-admin", email: "admin@example.org", role: "admin" });
    const a = await admin.users.create({ email: "a@example.org", role: "editor" });
    const b = await admin.users.create({ email: "b@example.org", role: "reviewer" });
    expect(await as(a).account.me()).toMatchObject({ email: "a@example.org", locale: "ar" });
    expect(await as(a).account.setLocale({ locale: "en" })).toEqual({ locale: "en" });
    expect(await as(a).account.me()).toMatchObject({ locale: "en" });
    expect(await as(b).account.me()).toMatchObject({ locale: "ar" });
    await expect(as(a).account.setLocale({ locale: "fr" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const anon = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
    await expect(anon.account.setLocale({ locale: "en" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
