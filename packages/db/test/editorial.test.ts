import iconv from "iconv-lite";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import {
  addFigure,
  citeSpan,
  diffRevisions,
  editableRecord,
  historyOf,
  importArticle,
  mergeRecords,
  restoreRevision,
  setStatus,
  updateRecord,
  VersionConflictError,
  WorkflowError,
  type EditorActor,
} from "../src/editorial";
import { makeActor, makeEvent, makePlace } from "./factories";
import { createDraftEvent, editor, secondEditor as other } from "./editors";
import { openTestDb, type TestDb } from "./test-db";

let tdb: TestDb;
const reviewer: EditorActor = { id: "u-reviewer", email: "reviewer@example.org", role: "reviewer" };

beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const newEvent = (title = "غارة جوية") => createDraftEvent(tdb.db, editor, title);
const revisionCount = async (kind: string, id: string) =>
  (
    await tdb.db
      .select({ n: count() })
      .from(t.revisions)
      .where(and(eq(t.revisions.entityKind, kind), eq(t.revisions.entityId, id)))
  )[0]!.n;

describe("compare-and-set updates", () => {
  it("50 parallel updates from the same base version: exactly one wins, 49 get CONFLICT, nothing is lost", async () => {
    const { id } = await newEvent("عنوان ثابت");
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { titleEn: `title ${i}`, summaryAr: `ملخص ${i}` }, actor: i % 2 ? editor : other }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(VersionConflictError);
      const d = (r.reason as VersionConflictError).detail;
      expect(d).toMatchObject({ kind: "event", id, baseVersion: 1, currentVersion: 2 });
      expect(d.changed.map((c) => c.field).sort()).toEqual(["summaryAr", "titleEn"]);
    }
    expect(await revisionCount("event", id)).toBe(2);
    const rec = await editableRecord(tdb.db, "event", id);
    const titleEn = rec.fields.titleEn;
    const i = typeof titleEn === "string" ? Number(titleEn.replace("title ", "")) : NaN;
    // The winner's two fields arrived together, and the field no one touched is intact.
    expect(rec).toMatchObject({ version: 2, fields: { titleEn: `title ${i}`, summaryAr: `ملخص ${i}`, titleAr: "عنوان ثابت" } });
  });

  it("a stale update says which fields changed since its base and their values then and now", async () => {
    const { id } = await newEvent();
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { grading: "fair" }, actor: editor });
    const err = await updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { titleEn: "Air strike" }, actor: other }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VersionConflictError);
    expect((err as VersionConflictError).detail.changed).toEqual([{ field: "grading", base: "unassessed", current: "fair" }]);
    // A non-overlapping change re-based on the current version goes through: a merge, not an overwrite.
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 2, patch: { titleEn: "Air strike" }, actor: other });
    expect((await editableRecord(tdb.db, "event", id)).fields).toMatchObject({ grading: "fair", titleEn: "Air strike" });
  });

  it("keeps the timeline sort key in step with the dates", async () => {
    const { id } = await newEvent();
    await updateRecord(tdb.db, {
      kind: "event",
      id,
      baseVersion: 1,
      patch: { dateStart: "2017-04", timePrecision: "month", timeBasis: "stated" },
      actor: editor,
    });
    const [row] = await tdb.db.select({ k: t.events.sortKey }).from(t.events).where(eq(t.events.id, id));
    expect(row?.k).toBe("2017-04-00");
  });
});

describe("workflow", () => {
  it("draft -> in review -> published -> retracted, with who may move what", async () => {
    const { id } = await newEvent();
    await expect(setStatus(tdb.db, { kind: "event", id, baseVersion: 1, to: "published", actor: reviewer })).rejects.toBeInstanceOf(WorkflowError); // no skipping review
    await setStatus(tdb.db, { kind: "event", id, baseVersion: 1, to: "in_review", actor: editor });
    const byEditor = await setStatus(tdb.db, { kind: "event", id, baseVersion: 2, to: "published", actor: editor }).catch((e: unknown) => e);
    expect(byEditor).toMatchObject({ code: "FORBIDDEN" });
    await setStatus(tdb.db, { kind: "event", id, baseVersion: 2, to: "published", actor: reviewer });
    // An edit of a published record waits beside it for review; readers keep the live row.
    await expect(updateRecord(tdb.db, { kind: "event", id, baseVersion: 3, patch: { titleEn: "x" }, actor: editor })).resolves.toMatchObject({
      version: 4,
      pending: true,
      changed: ["titleEn"],
    });
    const [live] = await tdb.db.select({ titleEn: t.events.titleEn, version: t.events.version }).from(t.events).where(eq(t.events.id, id));
    expect(live).toEqual({ titleEn: null, version: 3 });
    await setStatus(tdb.db, { kind: "event", id, baseVersion: 4, to: "retracted", actor: reviewer });
    // A retracted record is not edited.
    await expect(updateRecord(tdb.db, { kind: "event", id, baseVersion: 5, patch: { titleEn: "y" }, actor: editor })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const audit = await tdb.db.select().from(t.auditLog).where(eq(t.auditLog.targetId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["publish", "retract"]);
  });

  it("a reviewer cannot publish a record whose last edit is their own", async () => {
    const { id } = await newEvent();
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { titleEn: "edited by the reviewer" }, actor: reviewer });
    await setStatus(tdb.db, { kind: "event", id, baseVersion: 2, to: "in_review", actor: editor });
    const err = await setStatus(tdb.db, { kind: "event", id, baseVersion: 3, to: "published", actor: reviewer }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowError);
    expect((err as WorkflowError).reason.en).toMatch(/you edited since it was last published/);
  });

  it("four eyes over every author since the last publication: a colleague's later edit does not launder a reviewer's own", async () => {
    const { id } = await newEvent();
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { titleEn: "written by the reviewer" }, actor: reviewer });
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 2, patch: { summaryEn: "touched by an editor" }, actor: editor });
    await setStatus(tdb.db, { kind: "event", id, baseVersion: 3, to: "in_review", actor: editor });
    await expect(setStatus(tdb.db, { kind: "event", id, baseVersion: 4, to: "published", actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Another reviewer, who wrote nothing, may.
    await expect(setStatus(tdb.db, { kind: "event", id, baseVersion: 4, to: "published", actor: { ...reviewer, id: "u-reviewer-2" } })).resolves.toMatchObject({
      status: "published",
    });
  });
});

describe("revisions", () => {
  it("history, diff of any two, and restore as a new revision", async () => {
    const { id } = await newEvent("الأول");
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 1, patch: { titleAr: "الثاني", titleEn: "Second" }, actor: editor, summary: "retitled" });
    await updateRecord(tdb.db, { kind: "event", id, baseVersion: 2, patch: { titleAr: "الثالث" }, actor: other });
    expect(await diffRevisions(tdb.db, "event", id, 1, 3)).toEqual([
      { field: "titleAr", from: "الأول", to: "الثالث" },
      { field: "titleEn", from: null, to: "Second" },
    ]);
    await restoreRevision(tdb.db, { kind: "event", id, version: 1, baseVersion: 3, actor: editor });
    const rec = await editableRecord(tdb.db, "event", id);
    expect(rec).toMatchObject({ version: 4, fields: { titleAr: "الأول", titleEn: null } });
    const history = await historyOf(tdb.db, "event", id);
    expect(history.map((h) => [h.version, h.action, h.author])).toEqual([
      [4, "restore", editor.id],
      [3, "edit", other.id],
      [2, "edit", editor.id],
      [1, "create", editor.id],
    ]);
    expect(history[2]!.summary).toBe("retitled");
  });

  it("a figure is part of its event: adding one needs the event's version and shows in its history", async () => {
    const { id } = await newEvent();
    const r = await addFigure(tdb.db, { eventId: id, baseVersion: 1, figure: { kind: "killed", words: "عشرات", vague: true }, actor: editor });
    await expect(
      addFigure(tdb.db, { eventId: id, baseVersion: 1, figure: { kind: "injured", words: "ثلاثة", vague: false, best: 3 }, actor: editor }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    const diff = await diffRevisions(tdb.db, "event", id, 1, r.version);
    expect(diff.map((d) => d.field)).toEqual(["figures"]);
  });
});

describe("import and spans", () => {
  it("imports Windows-1256 bytes as NFC text with its sha256, once", async () => {
    const text = "قصف الطيران مدينة دارة عزة أمس.";
    const bytes = iconv.encode(text, "win1256");
    const a = await importArticle(tdb.db, { titleAr: "مقال", language: "ar", fileBase64: bytes.toString("base64"), fileName: "a.txt", actor: editor });
    expect(a.encoding).toBe("windows-1256");
    const [doc] = await tdb.db.select().from(t.documents).where(eq(t.documents.id, a.id));
    expect(doc).toMatchObject({ text, status: "draft", length: text.length });
    const again = await importArticle(tdb.db, { titleAr: "مقال", language: "ar", text, actor: editor });
    expect(again.id).toBe(a.id);
  });

  it("snaps a selection to whole words and stores the quote from the stored text", async () => {
    const text = "قَتَلَ الطيرانُ عشرات المدنيين في دارة عزة.";
    const doc = await importArticle(tdb.db, { titleAr: "مقال ٢", language: "ar", text, actor: editor });
    const { id: eventId } = await newEvent();
    // A selection starting inside «الطيرانُ» and ending inside «عشرات».
    const start = text.indexOf("الطيران") + 2;
    const end = text.indexOf("عشرات") + 2;
    const span = await citeSpan(tdb.db, { documentId: doc.id, start, end, snap: "word", target: { kind: "event", id: eventId }, actor: editor });
    expect(span.exact).toBe("الطيرانُ عشرات");
    expect(span).toMatchObject({ documentHash: doc.textHash, role: "evidence", targetKind: "event", targetId: eventId });
    expect(span.prefix).toBe(text.slice(0, span.start));
    // A letter-level selection never splits a letter from its haraka.
    const letter = await citeSpan(tdb.db, { documentId: doc.id, start: 1, end: 2, snap: "grapheme", target: { kind: "date", id: eventId }, actor: editor });
    expect(letter).toMatchObject({ start: 0, end: 2, exact: "قَ", role: "date" });
  });
});

describe("merging duplicates", () => {
  it("re-points every reference to the kept actor and place, retracts the duplicate and leaves a redirect", async () => {
    const keep = await makeActor(tdb.db, { status: "draft" });
    const dup = await makeActor(tdb.db, { nameAr: "موسكو", status: "draft" });
    const keepPlace = await makePlace(tdb.db, { status: "draft" });
    const dupPlace = await makePlace(tdb.db, { nameAr: "دارة عزّة", status: "draft" });
    const ev = await makeEvent(tdb.db, { placeId: dupPlace.id, status: "draft" });
    await tdb.db.insert(t.eventParticipants).values({ eventId: ev.id, actorId: dup.id, role: "initiator", attribution: "alleged", ordinal: 1 });
    await mergeRecords(tdb.db, { kind: "actor", duplicateId: dup.id, keepId: keep.id, actor: reviewer });
    await mergeRecords(tdb.db, { kind: "place", duplicateId: dupPlace.id, keepId: keepPlace.id, actor: reviewer });
    const parts = await tdb.db.select().from(t.eventParticipants).where(eq(t.eventParticipants.eventId, ev.id));
    expect(parts.map((p) => p.actorId)).toEqual([keep.id]);
    const [e] = await tdb.db.select().from(t.events).where(eq(t.events.id, ev.id));
    expect(e?.placeId).toBe(keepPlace.id);
    const [k] = await tdb.db.select().from(t.actors).where(eq(t.actors.id, keep.id));
    expect(k?.variants).toContain("موسكو");
    const [d] = await tdb.db.select().from(t.actors).where(eq(t.actors.id, dup.id));
    expect(d?.status).toBe("retracted");
    expect(await tdb.db.select().from(t.recordRedirects)).toHaveLength(2);
    expect(await revisionCount("event", ev.id)).toBe(2); // one per merge that touched it
  });
});
