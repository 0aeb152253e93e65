import { inArray } from "drizzle-orm";
import type { EventPlaceRow, ParticipantRow, QUANTITY_KINDS, RelationRow } from "@waqai/schema";

type QuantityKind = (typeof QUANTITY_KINDS)[number];
import type { Db } from "../client";
import { actors, events, places } from "../tables";
import { InvalidFieldsError, RecordNotFoundError, WorkflowError, type Bilingual } from "./errors";
import { headSnapshot, loadHead } from "./head";
import { newId } from "./registry";
import { writeContent, type EditorActor } from "./write";
import { citedFigures, FIGURE_CITED, type FigureRow } from "./event-parts-store";

export { restoreEventParts, type EventPartsLists, type EventPartsRestore, type FigureRow } from "./event-parts-store";

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

const participantsWithNotes = (rows: ParticipantRow[]) =>
  rows.map((p) => ({ actorId: p.actorId, role: p.role, attribution: p.attribution, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null }));

/** An edit of one event's parts: compare-and-set on the event's head version. */
export interface EventPartsEdit {
  eventId: string;
  /** The event's head version the caller read. */
  baseVersion: number;
  actor: EditorActor;
}

export interface ParticipantsChange extends EventPartsEdit {
  /** The whole new list (it replaces the event's). */
  participants: ParticipantRow[];
}

/** Replaces the event's participants (actor, role, attribution) as one edit with one revision. */
export async function setParticipants(db: Db, { eventId, baseVersion, participants: rows, actor }: ParticipantsChange) {
  await checkParticipants(db, rows);
  const summary = `Participants: ${rows.map((p) => `${p.actorId} (${p.role}, ${p.attribution})`).join("; ") || "none"}`;
  return writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: () => ({ participants: participantsWithNotes(rows) }),
    actor,
    summary: () => summary,
  });
}

export interface RelationsChange extends EventPartsEdit {
  /** The whole new list (it replaces the event's). */
  relations: RelationRow[];
}

/** Replaces the event's relations to other events as one edit with one revision; the related events' pages change too. */
export async function setRelations(db: Db, { eventId, baseVersion, relations: rows, actor }: RelationsChange) {
  await checkRelations(db, eventId, rows);
  let before: RelationRow[] = [];
  const summary = `Relations: ${rows.map((r) => `${r.relation} ${r.relatedEventId}`).join("; ") || "none"}`;
  const written = await writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: (current) => ((before = current.relations), { relations: rows.map((r) => ({ relation: r.relation, relatedEventId: r.relatedEventId })) }),
    actor,
    summary: () => summary,
    alsoTouched: () =>
      [...new Set([...before.map((b) => b.relatedEventId), ...rows.map((r) => r.relatedEventId)])].map((id) => ({ kind: "event" as const, id })),
  });
  return written;
}

async function checkPlaces(db: Db, rows: EventPlaceRow[]) {
  const bad: Record<string, Bilingual> = {};
  const seen = new Set<string>();
  const ids = [...new Set(rows.map((p) => p.placeId))];
  const found = ids.length ? new Set((await db.select({ id: places.id }).from(places).where(inArray(places.id, ids))).map((p) => p.id)) : new Set<string>();
  rows.forEach((p, i) => {
    const key = `${p.placeId} ${p.role}`;
    if (!found.has(p.placeId)) bad[`places.${i}.placeId`] = missing({ ar: "مكان", en: "place" });
    else if (seen.has(key)) bad[`places.${i}.placeId`] = dup;
    seen.add(key);
  });
  if (Object.keys(bad).length) throw new InvalidFieldsError(bad);
}

export interface PlacesChange extends EventPartsEdit {
  /** The whole new list of the event's other places (it replaces the event's). */
  places: EventPlaceRow[];
}

/** Replaces the places an event involves besides its site (other sites, origins, destinations, subjects) as one edit. */
export async function setPlaces(db: Db, { eventId, baseVersion, places: rows, actor }: PlacesChange) {
  await checkPlaces(db, rows);
  const summary = `Places: ${rows.map((p) => `${p.placeId} (${p.role})`).join("; ") || "none"}`;
  return writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: () => ({ places: rows.map((p) => ({ placeId: p.placeId, role: p.role, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null })) }),
    actor,
    summary: () => summary,
  });
}

/** A figure's editable values (not its id, event or place in the list). */
export type FigureValues = Omit<FigureRow, "id" | "eventId" | "ordinal">;
const FIGURE_DEFAULTS: FigureValues = {
  kind: "other",
  subjectAr: null,
  subjectEn: null,
  low: null,
  best: null,
  high: null,
  words: "",
  vague: false,
  convention: null,
  noteAr: null,
  noteEn: null,
};

const FIGURE_MISSING = (id: string): Bilingual => ({ ar: `لا رقم بالمعرّف «${id}» في هذا الحدث.`, en: `This event has no figure "${id}".` });

export interface NewFigure extends EventPartsEdit {
  /** Its values; those left out take the defaults (kind "other", no numbers, not vague). */
  figure: Partial<FigureValues>;
}

/** A figure belongs to its event: adding one is an edit of the event, under the event's version. */
export async function addFigure(db: Db, { eventId, baseVersion, figure, actor }: NewFigure) {
  const figureId = newId("fig");
  const values = { ...FIGURE_DEFAULTS, ...Object.fromEntries(Object.entries(figure).filter(([, v]) => v !== undefined)) };
  const written = await writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: (c) => ({ figures: [...c.figures, { ...values, id: figureId, eventId, ordinal: c.figures.length + 1 }] }),
    actor,
    summary: () => `Added figure «${values.words}»`,
  });
  return { ...written, figureId };
}

export interface FigureUpdate extends EventPartsEdit {
  figureId: string;
  /** The values to change, by name; a value left out keeps its value. */
  patch: Partial<FigureValues>;
}

/** Changes the fields a patch names of one figure of the event (an edit of the event). */
export async function updateFigure(db: Db, { eventId, baseVersion, figureId, patch, actor }: FigureUpdate) {
  const named = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: (c) => {
      if (!c.figures.some((f) => f.id === figureId)) throw new RecordNotFoundError("figure", figureId);
      return { figures: c.figures.map((f) => (f.id === figureId ? { ...f, ...named } : f)) };
    },
    actor,
    summary: () => `Edited figure ${figureId}: ${Object.keys(named).join(", ")}`,
  });
}

export interface FigureRemoval extends EventPartsEdit {
  figureId: string;
}

/** Removes a figure from its event; refused while a citation or a claim points at it. */
export async function removeFigure(db: Db, { eventId, baseVersion, figureId, actor }: FigureRemoval) {
  if ((await citedFigures(db, [figureId])).length) throw new WorkflowError("PRECONDITION_FAILED", FIGURE_CITED);
  return writeContent(db, {
    kind: "event",
    id: eventId,
    baseVersion,
    parts: (c) => {
      if (!c.figures.some((f) => f.id === figureId)) throw new WorkflowError("PRECONDITION_FAILED", FIGURE_MISSING(figureId));
      return { figures: c.figures.filter((f) => f.id !== figureId) };
    },
    actor,
    summary: () => `Removed figure ${figureId}`,
  });
}

/** The event's figures, participants and relations as editors see them (pending changes included), with the head version. */
export async function eventParts(db: Db, eventId: string) {
  const head = await loadHead(db, "event", eventId);
  if (!head) throw new RecordNotFoundError("event", eventId);
  const snap = await headSnapshot(db, "event", head);
  return {
    version: head.version,
    figures: ((snap.figures as FigureRow[]) ?? []).map((f) => ({ ...f, kind: f.kind as QuantityKind })),
    participants: ((snap.participants as ParticipantRow[]) ?? []).map((p) => ({ ...p, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null })),
    relations: (snap.relations as RelationRow[]) ?? [],
    places: ((snap.places as EventPlaceRow[]) ?? []).map((p) => ({ ...p, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null })),
  };
}
