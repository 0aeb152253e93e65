import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { EventPlaceRow, ParticipantRow, RelationRow } from "@waqai/schema";
import type { Db } from "../client";
import { citations, claims, eventParticipants, eventPlaces, eventQuantities, eventRelations } from "../tables";
import { WorkflowError, type Bilingual } from "./errors";

/** A figure as its event's snapshot keeps it: the stored row. */
export type FigureRow = typeof eventQuantities.$inferSelect;
export interface EventPartsLists {
  figures?: FigureRow[];
  participants?: ParticipantRow[];
  relations?: RelationRow[];
  places?: EventPlaceRow[];
}

export const FIGURE_CITED: Bilingual = {
  ar: "هذا الرقم مستشهد به أو يشير إليه ادعاء؛ لا يُحذف قبل أن تُزال استشهاداته ويُفصل عنه الادعاء.",
  en: "This figure is cited or claimed: remove its citations and detach the claim before deleting it.",
};

/** Figures among these that a citation or a claim points at (deleting one would cascade or dangle). */
export async function citedFigures(tx: Db, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const cited = await tx.selectDistinct({ id: citations.quantityId }).from(citations).where(inArray(citations.quantityId, ids));
  const claimed = await tx.selectDistinct({ id: claims.quantityId }).from(claims).where(inArray(claims.quantityId, ids));
  return [...new Set([...cited, ...claimed].map((r) => String(r.id)))];
}

async function replaceParticipants(tx: Db, eventId: string, rows: ParticipantRow[]) {
  await tx.delete(eventParticipants).where(eq(eventParticipants.eventId, eventId));
  if (rows.length)
    await tx.insert(eventParticipants).values(
      rows.map((p, i) => ({
        eventId,
        actorId: p.actorId,
        role: p.role,
        attribution: p.attribution,
        noteAr: p.noteAr ?? null,
        noteEn: p.noteEn ?? null,
        ordinal: i + 1,
      })),
    );
}

async function replaceRelations(tx: Db, eventId: string, rows: RelationRow[]) {
  await tx.delete(eventRelations).where(eq(eventRelations.eventId, eventId));
  if (rows.length) await tx.insert(eventRelations).values(rows.map((r) => ({ eventId, relatedEventId: r.relatedEventId, relation: r.relation })));
}

async function replacePlaces(tx: Db, eventId: string, rows: EventPlaceRow[]) {
  await tx.delete(eventPlaces).where(eq(eventPlaces.eventId, eventId));
  if (rows.length)
    await tx
      .insert(eventPlaces)
      .values(rows.map((p, i) => ({ eventId, placeId: p.placeId, role: p.role, noteAr: p.noteAr ?? null, noteEn: p.noteEn ?? null, ordinal: i + 1 })));
}

/** Figures become exactly this list (kept ids updated, new ones inserted, the rest deleted unless cited). */
async function replaceFigures(tx: Db, eventId: string, figures: FigureRow[]) {
  const keep = figures.map((f) => f.id);
  const gone = keep.length ? and(eq(eventQuantities.eventId, eventId), notInArray(eventQuantities.id, keep)) : eq(eventQuantities.eventId, eventId);
  const goneIds = (await tx.select({ id: eventQuantities.id }).from(eventQuantities).where(gone)).map((g) => g.id);
  if (goneIds.length) {
    if ((await citedFigures(tx, goneIds)).length) throw new WorkflowError("PRECONDITION_FAILED", FIGURE_CITED);
    await tx.delete(eventQuantities).where(inArray(eventQuantities.id, goneIds));
  }
  // Free the ordinals first: the list may order the kept figures differently.
  await tx
    .update(eventQuantities)
    .set({ ordinal: sql`-${eventQuantities.ordinal}` })
    .where(eq(eventQuantities.eventId, eventId));
  for (const [i, f] of figures.entries()) {
    const { id, ...rest } = { ...f, eventId, ordinal: i + 1 };
    await tx
      .insert(eventQuantities)
      .values({ id, ...rest })
      .onConflictDoUpdate({ target: eventQuantities.id, set: rest });
  }
}

export interface EventPartsRestore {
  eventId: string;
  /** A snapshot's or pending changes' parts: only the lists present are written. */
  parts: EventPartsLists | Record<string, unknown>;
}

/**
 * Writes an event's parts to its tables, each list given replacing the stored one (inside the caller's
 * transaction). A list not given (a seed snapshot that did not keep it) stays as it is.
 */
export async function restoreEventParts(tx: Db, { eventId, parts }: EventPartsRestore) {
  const p = parts as EventPartsLists;
  if (Array.isArray(p.participants)) await replaceParticipants(tx, eventId, p.participants);
  if (Array.isArray(p.relations)) await replaceRelations(tx, eventId, p.relations);
  if (Array.isArray(p.places)) await replacePlaces(tx, eventId, p.places);
  if (Array.isArray(p.figures)) await replaceFigures(tx, eventId, p.figures);
}
