import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { ParticipantRow, RelationRow } from "@waqai/schema";
import type { Db } from "../client";
import { actors, citations, claims, eventParticipants, eventQuantities, eventRelations, events } from "../tables";
import { afterWrite } from "./after-write";
import { InvalidFieldsError, RecordNotFoundError, WorkflowError, type Bilingual } from "./errors";
import { KINDS } from "./registry";
import { EDITABLE_STATUSES } from "./workflow";
import { conflictOf, writeRevision, type EditorActor } from "./write";

type Row = Record<string, unknown>;
const tx$ = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((tx) => fn(tx as unknown as Db));

/** Participants and relations belong to their event: replacing either list is an edit of the event, under its version. */
async function editEvent(db: Db, eventId: string, baseVersion: number, actor: EditorActor, summary: string, change: (tx: Db) => Promise<void>) {
  const { table } = KINDS.event;
  const version = await tx$(db, async (tx) => {
    const [row] = (await tx
      .update(table as PgTable)
      .set({ version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
      .where(and(eq(table.id, eventId), eq(table.version, baseVersion), inArray(table.status, [...EDITABLE_STATUSES])))
      .returning()) as Row[];
    if (!row) {
      const [current] = (await tx.select().from(events).where(eq(events.id, eventId))) as Row[];
      if (!current) throw new RecordNotFoundError("event", eventId);
      if (Number(current.version) !== baseVersion) throw await conflictOf(tx, "event", eventId, baseVersion, current);
      throw new WorkflowError("PRECONDITION_FAILED", { ar: "لا يُحرَّر السجل المنشور أو المسحوب مباشرة؛ اسحبه ثم أعده مسودة.", en: "A published or retracted record is not edited in place: retract it, then return it to draft." });
    }
    await change(tx);
    await writeRevision(tx, "event", row, actor, "edit", summary);
    return Number(row.version);
  });
  return version;
}

const dup: Bilingual = { ar: "مكرر في القائمة.", en: "listed twice." };
const missing = (what: Bilingual): Bilingual => ({ ar: `لا يوجد ${what.ar} بهذا المعرّف.`, en: `no ${what.en} with this id.` });

async function checkParticipants(db: Db, rows: ParticipantRow[]) {
  const bad: Record<string, Bilingual> = {};
  const seen = new Set<string>();
  rows.forEach((p, i) => {
    const key = `${p.actorId} ${p.role}`;
    if (seen.has(key)) bad[`participants.${i}.actorId`] = dup;
    seen.add(key);
  });
  const ids = [...new Set(rows.map((p) => p.actorId))];
  const found = ids.length ? new Set((await db.select({ id: actors.id }).from(actors).where(inArray(actors.id, ids))).map((a) => a.id)) : new Set<string>();
  rows.forEach((p, i) => {
    if (!found.has(p.actorId)) bad[`participants.${i}.actorId`] = missing({ ar: "فاعل", en: "actor" });
  });
  if (Object.keys(bad).length) throw new InvalidFieldsError(bad);
}

async function checkRelations(db: Db, eventId: string, rows: RelationRow[]) {
  const bad: Record<string, Bilingual> = {};
  const seen = new Set<string>();
  const ids = [...new Set(rows.map((r) => r.relatedEventId))];
  const found = ids.length ? new Set((await db.select({ id: events.id }).from(events).where(inArray(events.id, ids))).map((e) => e.id)) : new Set<string>();
  rows.forEach((r, i) => {
    const key = `${r.relatedEventId} ${r.relation}`;
    const field = `relations.${i}.relatedEventId`;
    if (r.relatedEventId === eventId) bad[field] = { ar: "لا يرتبط الحدث بنفسه.", en: "an event is not related to itself." };
    else if (!found.has(r.relatedEventId)) bad[field] = missing({ ar: "حدث", en: "event" });
    else if (seen.has(key)) bad[field] = dup;
    seen.add(key);
  });
  if (Object.keys(bad).length) throw new InvalidFieldsError(bad);
}

async function replaceParticipants(tx: Db, eventId: string, rows: ParticipantRow[]) {
  await tx.delete(eventParticipants).where(eq(eventParticipants.eventId, eventId));
  if (rows.length) await tx.insert(eventParticipants).values(rows.map((p, i) => ({ eventId, actorId: p.actorId, role: p.role, attribution: p.attribution, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null, ordinal: i + 1 })));
}

async function replaceRelations(tx: Db, eventId: string, rows: RelationRow[]) {
  await tx.delete(eventRelations).where(eq(eventRelations.eventId, eventId));
  if (rows.length) await tx.insert(eventRelations).values(rows.map((r) => ({ eventId, relatedEventId: r.relatedEventId, relation: r.relation })));
}

/** Replaces the event's participants (actor, role, attribution) as one edit with one revision. */
export async function setParticipants(db: Db, eventId: string, baseVersion: number, rows: ParticipantRow[], actor: EditorActor) {
  await checkParticipants(db, rows);
  const version = await editEvent(db, eventId, baseVersion, actor, `Participants: ${rows.map((p) => `${p.actorId} (${p.role}, ${p.attribution})`).join("; ") || "none"}`, (tx) => replaceParticipants(tx, eventId, rows));
  await afterWrite(db, [{ kind: "event", id: eventId }]);
  return { id: eventId, version };
}

/** Replaces the event's relations to other events as one edit with one revision; the related events' pages change too. */
export async function setRelations(db: Db, eventId: string, baseVersion: number, rows: RelationRow[], actor: EditorActor) {
  await checkRelations(db, eventId, rows);
  const before = await db.select({ id: eventRelations.relatedEventId }).from(eventRelations).where(eq(eventRelations.eventId, eventId));
  const version = await editEvent(db, eventId, baseVersion, actor, `Relations: ${rows.map((r) => `${r.relation} ${r.relatedEventId}`).join("; ") || "none"}`, (tx) => replaceRelations(tx, eventId, rows));
  const touched = [...new Set([eventId, ...before.map((b) => b.id), ...rows.map((r) => r.relatedEventId)])];
  await afterWrite(db, touched.map((id) => ({ kind: "event" as const, id })));
  return { id: eventId, version };
}

/** The event's participants and relations as the editor's form shows them. */
export async function eventParts(db: Db, eventId: string) {
  const [ev] = await db.select({ version: events.version }).from(events).where(eq(events.id, eventId));
  if (!ev) throw new RecordNotFoundError("event", eventId);
  const participants = await db
    .select({ actorId: eventParticipants.actorId, role: eventParticipants.role, attribution: eventParticipants.attribution, noteAr: eventParticipants.noteAr, noteEn: eventParticipants.noteEn })
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, eventId))
    .orderBy(asc(eventParticipants.ordinal));
  const relations = await db.select({ relation: eventRelations.relation, relatedEventId: eventRelations.relatedEventId }).from(eventRelations).where(eq(eventRelations.eventId, eventId)).orderBy(asc(eventRelations.relatedEventId));
  return { version: ev.version, participants: participants as (ParticipantRow & { noteAr: string | null; noteEn: string | null })[], relations: relations as RelationRow[] };
}

const FIGURE_CITED: Bilingual = {
  ar: "رقم أُضيف بعد هذه النسخة مستشهد به أو يشير إليه ادعاء؛ لا تُستعاد الأرقام دون حذفه، فافصله أولاً.",
  en: "A figure added after this version is cited or claimed; restoring the figures would delete it, so detach it first.",
};

/**
 * Restore, inside the restoring transaction: the event's figures, participants and relations as the
 * snapshot kept them. A part the snapshot did not keep (the seed's version 1) stays as it is.
 */
export async function restoreEventParts(tx: Db, eventId: string, snap: Row) {
  if (Array.isArray(snap.participants)) await replaceParticipants(tx, eventId, snap.participants as ParticipantRow[]);
  if (Array.isArray(snap.relations)) await replaceRelations(tx, eventId, snap.relations as RelationRow[]);
  if (!Array.isArray(snap.figures)) return;
  const figures = snap.figures as (Row & { id: string; ordinal: number })[];
  const keep = figures.map((f) => f.id);
  const gone = keep.length ? and(eq(eventQuantities.eventId, eventId), notInArray(eventQuantities.id, keep)) : eq(eventQuantities.eventId, eventId);
  const goneIds = (await tx.select({ id: eventQuantities.id }).from(eventQuantities).where(gone)).map((g) => g.id);
  if (goneIds.length) {
    const [cited] = await tx.select({ id: citations.id }).from(citations).where(inArray(citations.quantityId, goneIds)).limit(1);
    const [claimed] = await tx.select({ id: claims.id }).from(claims).where(inArray(claims.quantityId, goneIds)).limit(1);
    if (cited || claimed) throw new WorkflowError("PRECONDITION_FAILED", FIGURE_CITED);
    await tx.delete(eventQuantities).where(inArray(eventQuantities.id, goneIds));
  }
  // Free the ordinals first: the snapshot may order the kept figures differently.
  await tx.update(eventQuantities).set({ ordinal: sql`-${eventQuantities.ordinal}` }).where(eq(eventQuantities.eventId, eventId));
  for (const f of figures) {
    const values = { ...(f as object), eventId } as typeof eventQuantities.$inferInsert;
    const { id: _id, ...rest } = values;
    await tx.insert(eventQuantities).values(values).onConflictDoUpdate({ target: eventQuantities.id, set: rest });
  }
}
