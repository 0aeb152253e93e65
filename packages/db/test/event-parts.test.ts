import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../src/tables";
import {
  addFigure,
  diffRevisions,
  eventParts,
  historyOf,
  InvalidFieldsError,
  restoreRevision,
  setParticipants,
  setRelations,
  setStatus,
  updateRecord,
  VersionConflictError,
  WorkflowError,
} from "../src/editorial";
import { makeActor, makeDocument, makeEvent } from "./factories";
import { createDraftEvent, editor, secondEditor as other } from "./editors";
import { openTestDb, type TestDb } from "./test-db";

let tdb: TestDb;

beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const newEvent = () => createDraftEvent(tdb.db, editor, "غارة");

describe("event participants", () => {
  it("replacing the list is an edit of the event: compare-and-set, one revision, in the diff", async () => {
    const [ru, sy] = [await makeActor(tdb.db), await makeActor(tdb.db, { nameAr: "سوريا", nameEn: "Syria" })];
    const { id } = await newEvent();
    const r = await setParticipants(tdb.db, {
      eventId: id,
      baseVersion: 1,
      participants: [
        { actorId: ru.id, role: "initiator", attribution: "alleged" },
        { actorId: sy.id, role: "target", attribution: "declared" },
      ],
      actor: editor,
    });
    expect(r.version).toBe(2);
    await expect(setParticipants(tdb.db, { eventId: id, baseVersion: 1, participants: [], actor: other })).rejects.toBeInstanceOf(VersionConflictError);
    const parts = await eventParts(tdb.db, id);
    expect(parts.participants.map((p) => [p.actorId, p.role, p.attribution])).toEqual([
      [ru.id, "initiator", "alleged"],
      [sy.id, "target", "declared"],
    ]);
    const history = await historyOf(tdb.db, "event", id);
    expect(history.map((h) => [h.version, h.action])).toEqual([
      [2, "edit"],
      [1, "create"],
    ]);
    expect(history[0]!.summary).toContain(`${ru.id} (initiator, alleged)`);
    expect((await diffRevisions(tdb.db, "event", id, 1, 2)).map((d) => d.field)).toEqual(["participants"]);
    // Removing a row is the same edit with a shorter list.
    await setParticipants(tdb.db, { eventId: id, baseVersion: 2, participants: [{ actorId: sy.id, role: "target", attribution: "declared" }], actor: other });
    expect((await eventParts(tdb.db, id)).participants).toHaveLength(1);
  });

  it("names the bad row: an actor that does not exist, or the same actor twice in one role; nothing is written", async () => {
    const ru = await makeActor(tdb.db);
    const { id } = await newEvent();
    const err = await setParticipants(tdb.db, {
      eventId: id,
      baseVersion: 1,
      participants: [
        { actorId: ru.id, role: "initiator", attribution: "likely" },
        { actorId: ru.id, role: "initiator", attribution: "alleged" },
        { actorId: "act-nobody", role: "target", attribution: "declared" },
      ],
      actor: editor,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidFieldsError);
    expect(Object.keys((err as InvalidFieldsError).fields).sort()).toEqual(["participants.1.actorId", "participants.2.actorId"]);
    expect((err as InvalidFieldsError).fields["participants.2.actorId"]!.ar).toContain("فاعل");
    expect((await eventParts(tdb.db, id)).version).toBe(1);
  });

  it("on a published event, the new list waits for review beside the live one", async () => {
    const ev = await makeEvent(tdb.db, { status: "published" });
    const ru = await makeActor(tdb.db);
    const written = await setParticipants(tdb.db, {
      eventId: ev.id,
      baseVersion: 1,
      participants: [{ actorId: ru.id, role: "party", attribution: "declared" }],
      actor: editor,
    });
    expect(written).toMatchObject({ version: 2, pending: true, changed: ["participants"] });
    expect(await tdb.db.select().from(t.eventParticipants).where(eq(t.eventParticipants.eventId, ev.id))).toEqual([]);
    expect((await eventParts(tdb.db, ev.id)).participants.map((p) => p.actorId)).toEqual([ru.id]);
  });
});

describe("event relations", () => {
  it("relates an event to others under its version; refuses itself and unknown events", async () => {
    const a = await newEvent();
    const b = await newEvent();
    const r = await setRelations(tdb.db, { eventId: a.id, baseVersion: 1, relations: [{ relation: "response_to", relatedEventId: b.id }], actor: editor });
    expect((await eventParts(tdb.db, a.id)).relations).toEqual([{ relation: "response_to", relatedEventId: b.id }]);
    const err = (await setRelations(tdb.db, {
      eventId: a.id,
      baseVersion: r.version,
      relations: [
        { relation: "part_of", relatedEventId: a.id },
        { relation: "follows", relatedEventId: "ev-nowhere" },
      ],
      actor: editor,
    }).catch((e: unknown) => e)) as InvalidFieldsError;
    expect(err).toBeInstanceOf(InvalidFieldsError);
    expect(Object.keys(err.fields)).toEqual(["relations.0.relatedEventId", "relations.1.relatedEventId"]);
    await expect(setRelations(tdb.db, { eventId: a.id, baseVersion: 1, relations: [], actor: other })).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe("restoring an event", () => {
  it("brings back its figures, participants and relations as of that revision", async () => {
    const [ru, sy] = [await makeActor(tdb.db), await makeActor(tdb.db)];
    const { id } = await newEvent();
    const other$ = await newEvent();
    let v = (
      await setParticipants(tdb.db, {
        eventId: id,
        baseVersion: 1,
        participants: [{ actorId: ru.id, role: "initiator", attribution: "alleged" }],
        actor: editor,
      })
    ).version;
    v = (await addFigure(tdb.db, { eventId: id, baseVersion: v, figure: { kind: "killed", words: "عشرة", vague: false, best: 10 }, actor: editor })).version;
    v = (await setRelations(tdb.db, { eventId: id, baseVersion: v, relations: [{ relation: "follows", relatedEventId: other$.id }], actor: editor })).version;
    const snapshotVersion = v; // participants ru, one figure, one relation
    v = (
      await setParticipants(tdb.db, { eventId: id, baseVersion: v, participants: [{ actorId: sy.id, role: "target", attribution: "declared" }], actor: editor })
    ).version;
    v = (await addFigure(tdb.db, { eventId: id, baseVersion: v, figure: { kind: "injured", words: "عشرون", vague: false, best: 20 }, actor: editor })).version;
    v = (await setRelations(tdb.db, { eventId: id, baseVersion: v, relations: [], actor: editor })).version;
    v = (await updateRecord(tdb.db, { kind: "event", id, baseVersion: v, patch: { titleAr: "غارة معدلة" }, actor: editor })).version;
    const restored = await restoreRevision(tdb.db, { kind: "event", id, version: snapshotVersion, baseVersion: v, actor: other });
    const parts = await eventParts(tdb.db, id);
    expect(parts.participants.map((p) => [p.actorId, p.role])).toEqual([[ru.id, "initiator"]]);
    expect(parts.relations).toEqual([{ relation: "follows", relatedEventId: other$.id }]);
    const figures = await tdb.db.select().from(t.eventQuantities).where(eq(t.eventQuantities.eventId, id));
    expect(figures.map((f) => [f.kind, f.best, f.ordinal])).toEqual([["killed", 10, 1]]);
    expect(await diffRevisions(tdb.db, "event", id, snapshotVersion, restored.version)).toEqual([]);
    const [rev] = await tdb.db
      .select()
      .from(t.revisions)
      .where(and(eq(t.revisions.entityKind, "event"), eq(t.revisions.entityId, id), eq(t.revisions.version, restored.version)));
    expect(rev).toMatchObject({ action: "restore", author: other.id });
  });

  it("refuses, writing nothing, when it would delete a figure a claim points at", async () => {
    const ru = await makeActor(tdb.db);
    const ev = await newEvent();
    const doc = await makeDocument(tdb.db);
    const { figureId, version } = await addFigure(tdb.db, {
      eventId: ev.id,
      baseVersion: 1,
      figure: { kind: "killed", words: "ثلاثة", vague: false, best: 3 },
      actor: editor,
    });
    await tdb.db.insert(t.claims).values({
      id: `cl-${figureId}`,
      documentId: doc.id,
      claimantId: ru.id,
      modality: "asserted",
      confidence: "high",
      statementAr: "قتل ثلاثة",
      quantityId: figureId,
    });
    const before = await setStatus(tdb.db, { kind: "event", id: ev.id, baseVersion: version, to: "in_review", actor: editor });
    await expect(restoreRevision(tdb.db, { kind: "event", id: ev.id, version: 1, baseVersion: before.version, actor: editor })).rejects.toBeInstanceOf(
      WorkflowError,
    );
    expect(await tdb.db.select().from(t.eventQuantities).where(eq(t.eventQuantities.eventId, ev.id))).toHaveLength(1);
  });
});
