import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@waqai/db";
import { eq } from "drizzle-orm";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role, id = `u-${role}`, locale: "ar" | "en" = "en") =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale, user: { id, email: `${id}@example.org`, role } }));

const XSS = `<img src=x onerror="alert('x')"><script>alert(1)</script>`;

describe("editing through the API", () => {
  it("a stale update is CONFLICT and names what changed since", async () => {
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة" });
    await as("editor").edit.event.update({ id: ev.id, baseVersion: 1, patch: { grading: "fair" } });
    const err = await trpcError(as("editor", "u-other").edit.event.update({ id: ev.id, baseVersion: 1, patch: { titleEn: "Strike" } }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("grading");
  });

  it("a database rule broken by the input is BAD_REQUEST, not a 500", async () => {
    const err = await trpcError(as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة", placeId: "pl-nowhere" }));
    expect(err.code).toBe("BAD_REQUEST");
  });

  it("the reviewer publishes what an editor submitted; the public then reads it", async () => {
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة للنشر" });
    await expect(as("editor").events.byId({ id: ev.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sub = await as("editor").edit.event.setStatus({ id: ev.id, baseVersion: ev.version, to: "in_review" });
    const preview = await as("reviewer").workflow.bulkPreview({ kind: "event", items: [{ id: ev.id, baseVersion: sub.version }], to: "published" });
    expect(preview).toEqual([{ id: ev.id, from: "in_review", to: "published", allowed: true, reason: null }]);
    const editorPreview = await as("editor").workflow.bulkPreview({ kind: "event", items: [{ id: ev.id, baseVersion: sub.version }], to: "published" });
    expect(editorPreview[0]).toMatchObject({ allowed: false });
    const done = await as("reviewer").workflow.bulkSetStatus({ kind: "event", items: [{ id: ev.id, baseVersion: sub.version }], to: "published" });
    expect(done[0]).toMatchObject({ done: true, version: 3 });
    const anon = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
    expect((await anon.events.byId({ id: ev.id })).title.ar).toBe("غارة للنشر");
  });

  it("a published event never shows a place, participant or related event that is not published (not even their ids)", async () => {
    const place = await as("editor").edit.place.create({ feature: "town", nameAr: "بلدة مسودة" });
    const actor = await as("editor").edit.actor.create({ kind: "armed_group", nameAr: "فصيل مسودة" });
    const other = await as("editor").edit.event.create({ type: "shelling", titleAr: "قصف مسودة" });
    const ev = await as("editor").edit.event.create({ type: "air_strike", titleAr: "غارة منشورة", placeId: place.id });
    const withPeople = await as("editor").edit.event.setParticipants({
      eventId: ev.id,
      baseVersion: ev.version,
      participants: [{ actorId: actor.id, role: "initiator", attribution: "declared" }],
    });
    const withLinks = await as("editor").edit.event.setRelations({
      eventId: ev.id,
      baseVersion: withPeople.version,
      relations: [{ relation: "follows", relatedEventId: other.id }],
    });
    // Submitted with the drafts its page shows, published with them; then the place and the actor are retracted.
    const sub = await as("editor").review.submit({ kind: "event", id: ev.id, baseVersion: withLinks.version });
    expect(sub.records.map((r) => [r.kind, r.status])).toEqual([
      ["event", "in_review"],
      ["place", "in_review"],
      ["actor", "in_review"],
    ]);
    const item = await as("reviewer").review.item({ kind: "event", id: ev.id });
    expect(item.dependencies.map((d) => [d.kind, d.id, d.mayPublish])).toEqual([
      ["place", place.id, true],
      ["actor", actor.id, true],
    ]);
    const done = await as("reviewer").review.accept({
      kind: "event",
      id: ev.id,
      baseVersion: item.version,
      alsoPublish: item.dependencies.map((d) => ({ kind: d.kind, id: d.id, baseVersion: d.version })),
    });
    for (const r of done.records.filter((x) => x.kind !== "event"))
      await as("reviewer").edit[r.kind as "place" | "actor"].setStatus({ id: r.id, baseVersion: r.version, to: "retracted" });

    const anon = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
    const shown = await anon.events.byId({ id: ev.id });
    const listed = (await anon.events.list({ limit: 100 })).items.find((e) => e.id === ev.id)!;
    for (const e of [shown, listed]) {
      expect(JSON.stringify(e)).not.toContain(place.id);
      expect(JSON.stringify(e)).not.toContain(actor.id);
      expect(JSON.stringify(e)).not.toContain(other.id);
      expect(e.place).toBeNull();
    }
    // The editors still see all of it.
    const parts = await as("editor").edit.event.parts({ id: ev.id });
    expect(parts.participants.map((p) => p.actorId)).toEqual([actor.id]);
  });

  it("stores script and markup in every text field as the text it is", async () => {
    const ev = await as("editor").edit.event.create({
      type: "air_strike",
      titleAr: XSS,
      titleEn: XSS,
      summaryAr: XSS,
      summaryEn: XSS,
      timeExpression: XSS,
      assessmentNoteAr: XSS,
    });
    const [row] = await tdb.db.select().from(tables.events).where(eq(tables.events.id, ev.id));
    for (const f of ["titleAr", "titleEn", "summaryAr", "summaryEn", "timeExpression", "assessmentNoteAr"] as const) expect(row![f]).toBe(XSS);
  });

  it("the extraction assistant suggests events with their spans for an imported article", async () => {
    const doc = await as("editor").annotate.importDocument({
      titleAr: "مقال",
      text: "شنت الطائرات الروسية أمس 11 غارة جوية على مدينة دارة عزة.",
      publishedDate: "2017-04-23",
    });
    const s = await as("editor").annotate.suggestions({ id: doc.id });
    expect(s.available).toBe(true);
    expect(s.items.length).toBeGreaterThan(0);
    expect(s.items[0]).toMatchObject({ kind: expect.any(String) as unknown, start: expect.any(Number) as unknown, end: expect.any(Number) as unknown });
  });

  it("admins create users and change roles, each in the security audit log", async () => {
    const u = await as("admin").users.create({ email: "new.editor@example.org", role: "editor" });
    expect(u.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await as("admin").users.setRole({ userId: u.id, role: "reviewer" });
    const log = await as("admin").audit.list({ email: "u-admin" });
    expect(log.items.map((i) => i.action)).toEqual(["role_changed", "user_created"]);
    const roleChanges = await as("admin").audit.list({ action: "role_changed" });
    expect(roleChanges.items[0]).toMatchObject({ targetId: "new.editor@example.org", detail: "reviewer" });
  });
});
