import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "@waqai/db";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

/**
 * Regression: a one-field save used to write every defaulted field back to its default (the patch schema
 * was `fields.partial()` over fields with `.default()`). One test per kind that has defaults.
 */

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role = "editor") =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: `u-${role}`, email: `${role}@example.org`, role } }));

async function lastSummary(kind: string, id: string) {
  const rows = await tdb.db
    .select({ version: tables.revisions.version, summary: tables.revisions.summary })
    .from(tables.revisions)
    .where(and(eq(tables.revisions.entityKind, kind), eq(tables.revisions.entityId, id)));
  return rows.sort((a, b) => b.version - a.version)[0]?.summary;
}

describe("a one-field patch leaves the defaulted fields as they are", () => {
  it("event: timePrecision, timeBasis, locationPrecision, civilianTargeting, grading and clarity survive a title edit", async () => {
    const set = { timePrecision: "day", timeBasis: "stated", locationPrecision: "near", civilianTargeting: "yes", grading: "fair", clarity: "high" } as const;
    const ev = await as().edit.event.create({ type: "air_strike", titleAr: "غارة", dateStart: "2017-04-22", ...set });
    const saved = await as().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleEn: "Air strike" } });
    expect(saved.changed).toEqual(["titleEn"]);
    expect((await as().edit.event.get({ id: ev.id })).fields).toMatchObject({ ...set, titleEn: "Air strike" });
    expect(await lastSummary("event", ev.id)).toBe("Edited titleEn");
  });

  it("document: publishedPrecision and publishedBasis survive a title edit, and the dates resolved against them are not re-resolved", async () => {
    const doc = await as().annotate.importDocument({ titleAr: "مقال", text: "قصفت الطائرات أمس مدينة حلب.", publishedDate: "2017-04-23" });
    const current = await as().edit.document.get({ id: doc.id });
    const dated = await as().edit.document.update({
      id: doc.id,
      baseVersion: current.version,
      patch: { publishedPrecision: "day", publishedBasis: "inferred" },
    });
    const ev = await as().edit.event.create({
      type: "air_strike",
      titleAr: "غارة أمس",
      dateStart: "2017-04-22",
      timePrecision: "day",
      timeBasis: "relative",
      timeExpression: "أمس",
      timeAnchor: "2017-04-23",
    });
    const saved = await as().edit.document.update({ id: doc.id, baseVersion: dated.version, patch: { titleEn: "Strikes on Aleppo" } });
    expect(saved.changed).toEqual(["titleEn"]);
    expect((await as().edit.document.get({ id: doc.id })).fields).toMatchObject({
      publishedPrecision: "day",
      publishedBasis: "inferred",
      titleEn: "Strikes on Aleppo",
    });
    expect((await as().edit.event.get({ id: ev.id })).version).toBe(ev.version);
  });

  it("dispute: disputeStatus survives a title edit", async () => {
    const d = await as().edit.dispute.create({ kind: "interstate", titleAr: "خلاف", disputeStatus: "active" });
    await as().edit.dispute.update({ id: d.id, baseVersion: d.version, patch: { titleEn: "Dispute" } });
    expect((await as().edit.dispute.get({ id: d.id })).fields).toMatchObject({ disputeStatus: "active", titleEn: "Dispute" });
  });

  it("issue: issueStatus survives a title edit", async () => {
    const d = await as().edit.dispute.create({ kind: "interstate", titleAr: "خلاف" });
    const i = await as().edit.issue.create({ disputeId: d.id, ordinal: 1, titleAr: "نقطة", issueType: "military", issueStatus: "narrowing" });
    await as().edit.issue.update({ id: i.id, baseVersion: i.version, patch: { titleEn: "Point" } });
    expect((await as().edit.issue.get({ id: i.id })).fields).toMatchObject({ issueStatus: "narrowing", titleEn: "Point" });
  });
});

describe("patches mean what they say", () => {
  it("a patch that stores what is already stored writes nothing: same version, no revision", async () => {
    const ev = await as().edit.event.create({ type: "shelling", titleAr: "قصف", grading: "weak" });
    const saved = await as().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleAr: "  قصف ", grading: "weak" } });
    expect(saved).toEqual({ id: ev.id, version: ev.version, changed: [], pending: false });
    expect(await lastSummary("event", ev.id)).toBe("Created");
  });

  it("an unknown field is refused by name, and an empty patch is refused, with nothing written", async () => {
    const ev = await as().edit.event.create({ type: "shelling", titleAr: "قصف" });
    const unknown = await trpcError(as().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titel: "x" } as never }));
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.message).toContain("titel");
    const empty = await trpcError(as().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: {} }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/patch/);
    expect((await as().edit.event.get({ id: ev.id })).version).toBe(ev.version);
  });
});
