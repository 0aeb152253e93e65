import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role, locale: "ar" | "en" = "en") =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale, user: { id: `u-${role}`, email: `${role}@example.org`, role } }));

describe("event participants and relations through the API", () => {
  it("edits both under the event's version, and reads them back", async () => {
    const actor = await as("editor").edit.actor.create({ nameAr: "روسيا", kind: "state" });
    const a = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة" });
    const b = await as("editor").edit.event.create({ type: "air_strike", titleAr: "رد" });
    const p = await as("editor").edit.event.setParticipants({
      eventId: a.id,
      baseVersion: 1,
      participants: [{ actorId: actor.id, role: "initiator", attribution: "alleged" }],
    });
    const r = await as("editor").edit.event.setRelations({ eventId: b.id, baseVersion: 1, relations: [{ relation: "response_to", relatedEventId: a.id }] });
    expect([p.version, r.version]).toEqual([2, 2]);
    expect(await as("editor").edit.event.parts({ id: a.id })).toMatchObject({
      version: 2,
      participants: [{ actorId: actor.id, role: "initiator", attribution: "alleged" }],
    });
    const stale = await as("editor")
      .edit.event.setParticipants({ eventId: a.id, baseVersion: 1, participants: [] })
      .then(
        () => null,
        (e: unknown) => e as TRPCError,
      );
    expect(stale).toMatchObject({ code: "CONFLICT" });
    expect(stale!.message).toContain("participants");
  });

  it("a bad row is BAD_REQUEST with the row's field error in the caller's language", async () => {
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة" });
    const input = { eventId: ev.id, baseVersion: 1, relations: [{ relation: "part_of" as const, relatedEventId: ev.id }] };
    for (const [locale, words] of [
      ["ar", "بنفسه"],
      ["en", "itself"],
    ] as const) {
      const err = (await as("editor", locale)
        .edit.event.setRelations(input)
        .catch((e: unknown) => e)) as TRPCError;
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toContain(words);
      expect(err.message).toContain("relations.0.relatedEventId");
    }
  });

  it("readers are refused", async () => {
    const anon = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
    await expect(anon.edit.event.setParticipants({ eventId: "ev-x1", baseVersion: 1, participants: [] })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
