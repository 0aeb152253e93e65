import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { EventDetail, EventListInput, EventListItem } from "@waqai/schema";
import type { Db } from "../client";
import {
  actors,
  claims,
  conflictDyads,
  conflicts,
  eventIssueLinks,
  eventParticipants,
  eventPlaces,
  eventQuantities,
  eventRelations,
  events,
  places,
} from "../tables";
import { eventOut, type EventRow } from "../mapping/events";
import { all, bi, keysetRange, pageRows, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { visibleById } from "./by-id";
import { claimOut } from "../mapping/entities";
import { citationsFor } from "./citations";
import { linkOut } from "../mapping/disputes";
import { eventFilterConditions, type EventFilterParams } from "./event-filters";

const relatedEvents = alias(events, "related_events");
const otherPlaces = alias(places, "other_places");

export type EventListParams = z.input<typeof EventListInput>;
export type { EventFilterParams };

/**
 * Loads participants, figures, relations and places for a page of events in four queries, not 4 x N.
 * A published event may point at a draft place, actor or event: those stay out of what the caller may not see.
 */
async function hydrate(db: Db, rows: EventRow[], scope: ReadScope): Promise<z.infer<typeof EventListItem>[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const placeIds = [...new Set(rows.map((r) => r.placeId).filter((p): p is string => !!p))];
  const conflictIds = [...new Set(rows.map((r) => r.conflictId).filter((c): c is string => !!c))];
  const [parts, quants, rels, placeRows, placeLinks, conflictRows] = await Promise.all([
    db
      .select({ p: eventParticipants })
      .from(eventParticipants)
      .innerJoin(actors, eq(actors.id, eventParticipants.actorId))
      .where(and(inArray(eventParticipants.eventId, ids), visible(actors.status, scope)))
      .then((r) => r.map((x) => x.p)),
    db.select().from(eventQuantities).where(inArray(eventQuantities.eventId, ids)),
    db
      .select({ r: eventRelations })
      .from(eventRelations)
      .innerJoin(relatedEvents, eq(relatedEvents.id, eventRelations.relatedEventId))
      .where(and(inArray(eventRelations.eventId, ids), visible(relatedEvents.status, scope)))
      .then((r) => r.map((x) => x.r)),
    placeIds.length
      ? db
          .select()
          .from(places)
          .where(and(inArray(places.id, placeIds), visible(places.status, scope)))
      : Promise.resolve([]),
    db
      .select({ p: eventPlaces })
      .from(eventPlaces)
      .innerJoin(otherPlaces, eq(otherPlaces.id, eventPlaces.placeId))
      .where(and(inArray(eventPlaces.eventId, ids), visible(otherPlaces.status, scope)))
      .then((r) => r.map((x) => x.p)),
    conflictIds.length
      ? db
          .select({ id: conflicts.id })
          .from(conflicts)
          .where(and(inArray(conflicts.id, conflictIds), visible(conflicts.status, scope)))
      : Promise.resolve([]),
  ]);
  const seenConflicts = new Set(conflictRows.map((c) => c.id));
  const placeById = new Map(placeRows.map((p) => [p.id, p]));
  return rows.map((e) =>
    eventOut(
      {
        ...e,
        placeId: e.placeId && placeById.has(e.placeId) ? e.placeId : null,
        ...(e.conflictId && !seenConflicts.has(e.conflictId) ? { conflictId: null, dyadId: null } : {}),
      },
      {
        participants: parts.filter((p) => p.eventId === e.id),
        quantities: quants.filter((q) => q.eventId === e.id),
        relations: rels.filter((r) => r.eventId === e.id),
        places: placeLinks.filter((p) => p.eventId === e.id),
        place: (e.placeId && placeById.get(e.placeId)) || null,
      },
    ),
  );
}

/** The filters of the timeline (everything but the cursor) within what the caller may see. */
function eventFilters(db: Db, params: EventFilterParams, scope: ReadScope) {
  return [visible(events.status, scope), ...eventFilterConditions(db, params)];
}

/** The timeline: events in time order (sort key, then id), keyset-paginated, filtered. */
export async function listEvents(db: Db, params: EventListParams, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 20;
  const { from, bound, orderBy } = keysetRange([events.sortKey, events.id], params.order ?? "asc", params.cursor);
  const rows = await db
    .select()
    .from(events)
    .where(all(...eventFilters(db, params, scope), bound))
    .orderBy(...orderBy)
    .limit(limit + 1);
  const page = pageRows({ rows, limit, from }, (r) => [r.sortKey, r.id]);
  return { items: await hydrate(db, page.rows, scope), nextCursor: page.nextCursor, prevCursor: page.prevCursor };
}

/**
 * The most recently published or changed events, newest first: a backward range on (status, updated_at)
 * (events_review_idx), so a feed costs its 50 rows whatever the archive. An old event newly reported
 * comes first here, where the timeline would file it years back.
 */
export async function latestEvents(db: Db, limit: number, scope: ReadScope = PUBLIC_SCOPE) {
  const rows = await db.select().from(events).where(visible(events.status, scope)).orderBy(desc(events.updatedAt), desc(events.id)).limit(limit);
  return { items: await hydrate(db, rows, scope) };
}

/** Published events by id (a page of related events, a dispute's links), hydrated like the timeline's; the missing ones absent. */
export async function getEventsByIds(db: Db, ids: string[], scope: ReadScope = PUBLIC_SCOPE): Promise<z.infer<typeof EventListItem>[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(events)
    .where(and(inArray(events.id, ids), visible(events.status, scope)))
    .orderBy(asc(events.sortKey), asc(events.id));
  return hydrate(db, rows, scope);
}

export async function getEvent(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE): Promise<z.infer<typeof EventDetail> | null> {
  const row = await visibleById(db, events, id, scope);
  if (!row) return null;
  const [event] = await hydrate(db, [row], scope);
  if (!event) return null;
  const actorIds = [...new Set(event.participants.map((p) => p.actorId))];
  const quantityIds = event.quantities.map((q) => q.id);
  const otherPlaceIds = [...new Set(event.places.map((p) => p.placeId))];
  const [actorRows, claimRows, linkRows, otherPlaceRows, conflictRows] = await Promise.all([
    actorIds.length
      ? db
          .select()
          .from(actors)
          .where(and(inArray(actors.id, actorIds), visible(actors.status, scope)))
      : Promise.resolve([]),
    db
      .select()
      .from(claims)
      .where(and(visible(claims.status, scope), or(eq(claims.eventId, id), quantityIds.length ? inArray(claims.quantityId, quantityIds) : undefined))),
    db.select().from(eventIssueLinks).where(eq(eventIssueLinks.eventId, id)),
    otherPlaceIds.length
      ? db
          .select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn, lat: places.lat, lon: places.lon, pointIsCentroid: places.pointIsCentroid })
          .from(places)
          .where(and(inArray(places.id, otherPlaceIds), visible(places.status, scope)))
      : Promise.resolve([]),
    row.conflictId
      ? db
          .select({ id: conflicts.id, titleAr: conflicts.titleAr, titleEn: conflicts.titleEn })
          .from(conflicts)
          .where(and(eq(conflicts.id, row.conflictId), visible(conflicts.status, scope)))
      : Promise.resolve([]),
  ]);
  const placeName = new Map(otherPlaceRows.map((p) => [p.id, p]));
  const conflict = conflictRows[0];
  const dyad = conflict && event.dyadId ? await dyadRef(db, event.dyadId, scope) : null;
  const citations = await citationsFor(
    db,
    {
      event: [id],
      quantity: quantityIds,
      claim: claimRows.map((c) => c.id),
    },
    scope,
  );
  return {
    ...event,
    actors: actorRows.map((a) => ({ id: a.id, name: a.nameEn ? { ar: a.nameAr, en: a.nameEn } : { ar: a.nameAr }, kind: a.kind as never })),
    otherPlaces: event.places.flatMap((link) => {
      const p = placeName.get(link.placeId);
      if (!p) return [];
      const point = p.lat !== null && p.lon !== null ? { point: { lat: p.lat, lon: p.lon } } : {};
      return [{ id: p.id, name: bi(p.nameAr, p.nameEn), role: link.role, ...point, pointIsCentroid: p.pointIsCentroid }];
    }),
    conflict: conflict ? { id: conflict.id, title: bi(conflict.titleAr, conflict.titleEn) } : null,
    dyad,
    citations,
    claims: claimRows.map(claimOut),
    issueLinks: linkRows.map(linkOut),
  };
}

export { sortKeyOf } from "../mapping/events";

const sideA = alias(actors, "side_a");
const sideB = alias(actors, "side_b");

/** A dyad with its two sides' names, when both sides are visible to the caller. */
async function dyadRef(db: Db, id: string, scope: ReadScope) {
  const [row] = await db
    .select({ id: conflictDyads.id, a: sideA, b: sideB })
    .from(conflictDyads)
    .innerJoin(sideA, eq(sideA.id, conflictDyads.sideAId))
    .innerJoin(sideB, eq(sideB.id, conflictDyads.sideBId))
    .where(and(eq(conflictDyads.id, id), visible(sideA.status, scope), visible(sideB.status, scope)));
  return row
    ? { id: row.id, sideA: { id: row.a.id, name: bi(row.a.nameAr, row.a.nameEn) }, sideB: { id: row.b.id, name: bi(row.b.nameAr, row.b.nameEn) } }
    : null;
}

/**
 * Events per calendar day for the timeline's chart, with the list's filters: only events dated to the
 * day count (a month-precise event has no day to stand on), and the totals say how many were left out.
 */
export async function countEventsByDay(db: Db, params: EventFilterParams, scope: ReadScope = PUBLIC_SCOPE) {
  const where = all(...eventFilters(db, params, scope));
  const dayPrecise = and(eq(events.timePrecision, "day"), sql`length(${events.dateStart}) = 10`);
  const [days, [totals]] = await Promise.all([
    db
      .select({ date: events.dateStart, count: sql<number>`count(*)::int` })
      .from(events)
      .where(and(where, dayPrecise))
      .groupBy(events.dateStart)
      .orderBy(asc(events.dateStart)),
    db
      .select({ total: sql<number>`count(*)::int`, dayPrecise: sql<number>`(count(*) filter (where ${dayPrecise}))::int` })
      .from(events)
      .where(where),
  ]);
  return {
    days: days.map((d) => ({ date: String(d.date), count: Number(d.count) })),
    total: Number(totals?.total ?? 0),
    dayPrecise: Number(totals?.dayPrecise ?? 0),
  };
}
