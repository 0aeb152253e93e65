import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { tables } from "@waqai/db";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role, id = `u-${role}`) =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id, email: `${id}@example.org`, role } }));
const reader = () => createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
const editor = () => as("editor");
const reviewer = () => as("reviewer");

/** A published event (with its place), made the way editors and reviewers make one. */
async function publishedEvent(title = "غارة منشورة") {
  const place = await editor().edit.place.create({ feature: "town", nameAr: "دارة عزة" });
  const ev = await editor().edit.event.create({
    type: "air_strike",
    titleAr: title,
    placeId: place.id,
    grading: "fair",
    timePrecision: "day",
    timeBasis: "stated",
    dateStart: "2017-04-22",
  });
  const sub = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: ev.version });
  const item = await reviewer().review.item({ kind: "event", id: ev.id });
  const done = await reviewer().review.accept({
    kind: "event",
    id: ev.id,
    baseVersion: item.version,
    alsoPublish: item.dependencies.map((d) => ({ kind: d.kind, id: d.id, baseVersion: d.version })),
  });
  expect(sub.records).toHaveLength(2);
  return { id: ev.id, placeId: place.id, version: done.records.find((r) => r.kind === "event")!.version };
}

describe("pending changes of a published record", () => {
  it("an edit waits beside the live record: readers keep it until a reviewer accepts", async () => {
    const ev = await publishedEvent();
    const edit = await editor().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleAr: "غارة مصححة", summaryAr: "ملخص" } });
    expect(edit).toMatchObject({ version: ev.version + 1, pending: true, changed: ["titleAr", "summaryAr"] });
    expect((await reader().events.byId({ id: ev.id })).title.ar).toBe("غارة منشورة");
    const head = await editor().edit.event.get({ id: ev.id });
    expect(head).toMatchObject({
      status: "published",
      version: edit.version,
      fields: { titleAr: "غارة مصححة", grading: "fair" },
      pending: { state: "draft", liveVersion: ev.version, fields: ["titleAr", "summaryAr"] },
    });

    // A second edit from the same head; a stale one is CONFLICT naming the field.
    const again = await editor().edit.event.update({ id: ev.id, baseVersion: edit.version, patch: { summaryAr: null } });
    expect(again.changed).toEqual(["summaryAr"]);
    const stale = await trpcError(as("editor", "u-editor-2").edit.event.update({ id: ev.id, baseVersion: edit.version, patch: { titleEn: "x" } }));
    expect(stale.code).toBe("CONFLICT");
    // Setting a field back to its live value takes it out of the pending changes.
    expect((await editor().edit.event.get({ id: ev.id })).pending?.fields).toEqual(["titleAr"]);

    // Not in the queue until submitted; the editor cannot accept; the reviewer sees what changed since published.
    expect((await reviewer().review.queue({})).items.map((i) => i.id)).not.toContain(ev.id);
    const sent = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: again.version });
    const queued = (await reviewer().review.queue({})).items.find((i) => i.id === ev.id);
    // The test callers have no account rows: the last editor is named by id.
    expect(queued).toMatchObject({ kind: "event", change: "edit", version: sent.records[0]!.version, lastEditor: "u-editor" });
    expect((await trpcError(editor().review.accept({ kind: "event", id: ev.id, baseVersion: sent.records[0]!.version }))).code).toBe("FORBIDDEN");
    const item = await reviewer().review.item({ kind: "event", id: ev.id });
    expect(item.changes).toEqual([{ field: "titleAr", from: "غارة منشورة", to: "غارة مصححة" }]);
    expect(item.can).toMatchObject({ accept: true, return: true });
    expect((await reader().events.byId({ id: ev.id })).title.ar).toBe("غارة منشورة");

    const done = await reviewer().review.accept({ kind: "event", id: ev.id, baseVersion: item.version, comment: "صحيح" });
    expect(done.records).toEqual([{ kind: "event", id: ev.id, version: item.version + 1, status: "published" }]);
    expect((await reader().events.byId({ id: ev.id })).title.ar).toBe("غارة مصححة");
    expect((await editor().edit.event.get({ id: ev.id })).pending).toBeNull();
    const history = await editor().revisions.history({ kind: "event", id: ev.id });
    expect(history.slice(0, 4).map((h) => h.action)).toEqual(["accept", "status", "propose", "propose"]);
    const audit = await tdb.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.targetId, ev.id), eq(tables.auditLog.action, "publish")));
    expect(audit).toHaveLength(2);
    expect((await reviewer().review.item({ kind: "event", id: ev.id })).comments.map((c) => [c.action, c.body])).toEqual([
      ["submit", null],
      ["accept", null],
      ["submit", null],
      ["accept", "صحيح"],
    ]);
  });

  it("figures, participants and relations of a published event wait too, and are applied together on accept", async () => {
    const ev = await publishedEvent("غارة بأرقام");
    const actor = await editor().edit.actor.create({ kind: "armed_forces", nameAr: "القوات الجوية" });
    let v = (await editor().edit.event.addFigure({ eventId: ev.id, baseVersion: ev.version, figure: { kind: "killed", words: "سبعة", best: 7 } })).version;
    v = (
      await editor().edit.event.setParticipants({
        eventId: ev.id,
        baseVersion: v,
        participants: [{ actorId: actor.id, role: "initiator", attribution: "likely" }],
      })
    ).version;
    expect((await tdb.db.select().from(tables.eventQuantities).where(eq(tables.eventQuantities.eventId, ev.id))).length).toBe(0);
    expect((await reader().events.byId({ id: ev.id })).quantities).toEqual([]);
    const parts = await editor().edit.event.parts({ id: ev.id });
    expect(parts).toMatchObject({ version: v, figures: [{ kind: "killed", words: "سبعة", best: 7 }], participants: [{ actorId: actor.id }] });

    // The new participant is a draft: the accept is refused with it named, until it is published with the event.
    const sent = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: v });
    expect(sent.records.map((r) => [r.kind, r.status])).toEqual([
      ["event", "published"],
      ["actor", "in_review"],
    ]);
    const refused = await trpcError(reviewer().review.accept({ kind: "event", id: ev.id, baseVersion: sent.records[0]!.version }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain(actor.id);
    const item = await reviewer().review.item({ kind: "event", id: ev.id });
    expect(item.changes.map((c) => c.field)).toEqual(["figures", "participants"]);
    await reviewer().review.accept({
      kind: "event",
      id: ev.id,
      baseVersion: item.version,
      alsoPublish: [{ kind: "actor", id: actor.id, baseVersion: item.dependencies[0]!.version }],
    });
    const shown = await reader().events.byId({ id: ev.id });
    expect(shown.quantities.map((q) => [q.kind, q.best, q.words])).toEqual([["killed", 7, "سبعة"]]);
    expect(shown.participants.map((p) => p.actorId)).toEqual([actor.id]);
  });

  it("a returned change goes back to its editor with the reason; a discarded one leaves the live record as it was", async () => {
    const ev = await publishedEvent("غارة ثالثة");
    const edit = await editor().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleEn: "Third strike" } });
    const sent = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: edit.version });
    await expect(editor().review.return({ kind: "event", id: ev.id, baseVersion: sent.records[0]!.version, comment: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const back = await reviewer().review.return({ kind: "event", id: ev.id, baseVersion: sent.records[0]!.version, comment: "المصدر لا يقول هذا" });
    const head = await editor().edit.event.get({ id: ev.id });
    expect(head.pending?.state).toBe("draft");
    expect((await reviewer().review.item({ kind: "event", id: ev.id })).comments.at(-1)).toMatchObject({
      action: "return",
      body: "المصدر لا يقول هذا",
      authorEmail: null,
    });

    const gone = await editor().review.discard({ kind: "event", id: ev.id, baseVersion: back.records[0]!.version });
    expect((await editor().edit.event.get({ id: ev.id })).pending).toBeNull();
    expect((await editor().edit.event.get({ id: ev.id })).fields.titleEn).toBeNull();
    expect((await reader().events.byId({ id: ev.id })).title).toEqual({ ar: "غارة ثالثة" });
    // The history keeps the discarded edit, to restore if wanted.
    const restored = await editor().revisions.restore({ kind: "event", id: ev.id, version: edit.version, baseVersion: gone.records[0]!.version });
    expect(restored).toMatchObject({ pending: true, changed: ["titleEn"] });
  });

  it("a retracted record keeps its pending changes, and takes them into the draft when it is reworked", async () => {
    const ev = await publishedEvent("غارة رابعة");
    const edit = await editor().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleEn: "Fourth" } });
    const out = await reviewer().edit.event.setStatus({ id: ev.id, baseVersion: edit.version, to: "retracted" });
    expect((await editor().edit.event.get({ id: ev.id })).pending?.fields).toEqual(["titleEn"]);
    const draft = await reviewer().edit.event.setStatus({ id: ev.id, baseVersion: out.version, to: "draft" });
    const head = await editor().edit.event.get({ id: ev.id });
    expect(head).toMatchObject({ status: "draft", version: draft.version, pending: null, fields: { titleEn: "Fourth" } });
    const [row] = await tdb.db.select({ titleEn: tables.events.titleEn }).from(tables.events).where(eq(tables.events.id, ev.id));
    expect(row?.titleEn).toBe("Fourth");
  });

  it("a merge re-points the pending changes that name the duplicate", async () => {
    const ev = await publishedEvent("غارة خامسة");
    const dup = await editor().edit.place.create({ feature: "town", nameAr: "دارة عزه" });
    const edit = await editor().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { placeId: dup.id } });
    await reviewer().merge.records({ kind: "place", duplicateId: dup.id, keepId: ev.placeId });
    const head = await editor().edit.event.get({ id: ev.id });
    expect(head.version).toBe(edit.version + 1);
    // The proposal now names the kept place, which is what is live: nothing is pending any more but the bookkeeping.
    expect(head.fields.placeId).toBe(ev.placeId);
  });
});

describe("publishing never leaves a page pointing at unpublished records", () => {
  it("refuses with the list, and publishes them together from review", async () => {
    const doc = await editor().annotate.importDocument({ titleAr: "مقال المسودة", text: "قصفت الطائرات أمس مدينة حلب.", publishedDate: "2017-04-23" });
    const ev = await editor().edit.event.create({ type: "air_strike", titleAr: "قصف حلب" });
    await editor().annotate.citeSpan({ documentId: doc.id, start: 0, end: 12, snap: "word", target: { kind: "event", id: ev.id } });
    const alone = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: ev.version, withDependencies: false });
    const err = await trpcError(reviewer().edit.event.setStatus({ id: ev.id, baseVersion: alone.records[0]!.version, to: "published" }));
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.message).toContain(doc.id);
    expect((err.cause as { dependencies?: unknown }).dependencies).toEqual([
      expect.objectContaining({ kind: "document", id: doc.id, via: "citations", status: "draft" }),
    ]);
    const item = await reviewer().review.item({ kind: "event", id: ev.id });
    // The document is a draft nobody sent to review: the reviewer may not publish it yet.
    expect(item.dependencies).toEqual([expect.objectContaining({ kind: "document", id: doc.id, mayPublish: false })]);
    expect(item.can.accept).toBe(false);
    const d = await editor().edit.document.get({ id: doc.id });
    await editor().review.submit({ kind: "document", id: doc.id, baseVersion: d.version });
    const ready = await reviewer().review.item({ kind: "event", id: ev.id });
    expect(ready.can.accept).toBe(true);
    const done = await reviewer().review.accept({
      kind: "event",
      id: ev.id,
      baseVersion: ready.version,
      alsoPublish: ready.dependencies.map((x) => ({ kind: x.kind, id: x.id, baseVersion: x.version })),
    });
    expect(done.records.map((r) => [r.kind, r.status])).toEqual([
      ["event", "published"],
      ["document", "published"],
    ]);
    expect((await reader().events.byId({ id: ev.id })).id).toBe(ev.id);
  });
});

describe("an event's claims go with it", () => {
  it("are sent to review with it, offered (not required) with it, and published after it", async () => {
    const doc = await editor().annotate.importDocument({
      titleAr: "مقال الادعاء",
      text: "قال المرصد إن الطائرات قصفت البلدة أمس.",
      publishedDate: "2017-04-23",
    });
    const actor = await editor().edit.actor.create({ kind: "ngo", nameAr: "المرصد" });
    const ev = await editor().edit.event.create({ type: "air_strike", titleAr: "قصف البلدة" });
    const claim = await editor().edit.claim.create({
      documentId: doc.id,
      claimantId: actor.id,
      modality: "reported",
      confidence: "medium",
      statementAr: "الطائرات قصفت البلدة",
      eventId: ev.id,
    });
    const sent = await editor().review.submit({ kind: "event", id: ev.id, baseVersion: ev.version });
    // With the claim go the drafts its own page needs: its document and its claimant.
    expect(sent.records.map((r) => r.kind).sort()).toEqual(["actor", "claim", "document", "event"]);
    const item = await reviewer().review.item({ kind: "event", id: ev.id });
    expect(item.dependencies.map((d) => [d.kind, d.required, d.mayPublish]).sort()).toEqual([
      ["actor", false, true],
      ["claim", false, true],
      ["document", false, true],
    ]);
    expect(item.can.accept).toBe(true);
    // Accepted alone, or with its companions, which are published after it in an order that works.
    const done = await reviewer().review.accept({
      kind: "event",
      id: ev.id,
      baseVersion: item.version,
      alsoPublish: item.dependencies.map((d) => ({ kind: d.kind, id: d.id, baseVersion: d.version })),
    });
    expect(done.records.map((r) => r.kind)).toEqual(["event", "document", "actor", "claim"]);
    expect((await reader().claims.byId({ id: claim.id })).id).toBe(claim.id);
  });
});

describe("the review queue", () => {
  it("lists new records and published records' submitted changes of every kind, oldest first, page by page", async () => {
    const before = (await reviewer().review.queue({ limit: 100 })).total;
    const a = await editor().edit.actor.create({ kind: "state", nameAr: "دولة" });
    await editor().review.submit({ kind: "actor", id: a.id, baseVersion: a.version });
    const ev = await publishedEvent("غارة سادسة");
    const edit = await editor().edit.event.update({ id: ev.id, baseVersion: ev.version, patch: { titleEn: "Sixth" } });
    await editor().review.submit({ kind: "event", id: ev.id, baseVersion: edit.version });
    const all = await reviewer().review.queue({ limit: 100 });
    expect(all.total).toBe(before + 2);
    const mine = all.items.filter((i) => [a.id, ev.id].includes(i.id)).map((i) => [i.kind, i.change]);
    expect(mine).toEqual([
      ["actor", "new"],
      ["event", "edit"],
    ]);
    // Pages of one follow each other without gaps or repeats.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await reviewer().review.queue({ limit: 1, cursor });
      seen.push(...page.items.map((i) => `${i.kind}:${i.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => `${i.kind}:${i.id}`));
    expect((await reviewer().review.queue({ kind: "actor", limit: 100 })).items.every((i) => i.kind === "actor")).toBe(true);
  });
});

describe("undo one edit", () => {
  it("puts back what that version changed, unless it changed again since", async () => {
    const ev = await editor().edit.event.create({ type: "shelling", titleAr: "قصف" });
    const v2 = await editor().edit.event.update({ id: ev.id, baseVersion: 1, patch: { titleEn: "Shelling", grading: "weak" } });
    const v3 = await editor().edit.event.update({ id: ev.id, baseVersion: v2.version, patch: { summaryAr: "ملخص" } });
    const undone = await editor().revisions.undo({ kind: "event", id: ev.id, version: v2.version, baseVersion: v3.version });
    expect(undone.changed.sort()).toEqual(["grading", "titleEn"]);
    expect((await editor().edit.event.get({ id: ev.id })).fields).toMatchObject({ titleEn: null, grading: "unassessed", summaryAr: "ملخص" });
    const v5 = await editor().edit.event.update({ id: ev.id, baseVersion: undone.version, patch: { summaryAr: "ملخص آخر" } });
    const err = await trpcError(editor().revisions.undo({ kind: "event", id: ev.id, version: v3.version, baseVersion: v5.version }));
    expect(err.code).toBe("CONFLICT");
  });
});
