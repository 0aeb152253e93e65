import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { firstDayOf, lastDayOf, parseBbox, type EventCountsInput } from "@waqai/schema";
import type { Db } from "../client";
import { eventIssueLinks, eventParticipants, events } from "../tables";
import { windowLag, windowLead } from "../tables/event-window";
import { changedSince } from "./util";

export type EventFilterParams = z.input<typeof EventCountsInput>;

/**
 * The date range against each event's window (its earliest and latest possible day). `overlaps` keeps an
 * event that may have happened in the range; `within` one that certainly did. A window open on one side
 * (the text gives only "by the report's publication") is read at its known bound, so an undated strike
 * reported in April 2017 is found in April 2017 and not in 2012; an event with no window at all is kept
 * only when the caller asks for the undated too.
 */
function dateConditions(f: EventFilterParams): SQL | undefined {
  if (!f.from && !f.to) return undefined;
  const lo = f.from ? firstDayOf(f.from) : undefined;
  const hi = f.to ? lastDayOf(f.to) : undefined;
  const early = sql`coalesce(${events.dateEarliest}, ${events.dateLatest})`;
  const late = sql`coalesce(${events.dateLatest}, ${events.dateEarliest})`;
  const matched =
    (f.dateMatch ?? "overlaps") === "within"
      ? and(
          lo ? sql`${events.dateEarliest} >= ${lo}` : sql`${events.dateEarliest} is not null`,
          hi ? sql`${events.dateLatest} <= ${hi}` : sql`${events.dateLatest} is not null`,
        )
      : and(hi ? sql`${early} <= ${hi}` : undefined, lo ? sql`${late} >= ${lo}` : undefined);
  return f.undated ? or(matched, sql`(${events.dateEarliest} is null and ${events.dateLatest} is null)`) : and(matched, sortKeyRange(lo, hi));
}

/** The events table under another name, for the bound's subqueries. */
const other = { sortKey: sql.raw("w.sort_key"), dateEarliest: sql.raw("w.date_earliest"), dateLatest: sql.raw("w.date_latest") };

/**
 * The same range as a range of sort keys, which the timeline's indexes are in: a window that reaches `lo`
 * has its sort key at most the widest lag (windowLag) before it, one that starts by `hi` at most the widest
 * lead after it. Each widest reach is one step in its index. Redundant with the window test, so never wrong;
 * it spares the scan every event before the range (a page from 2016 at 1M read ~300k rows first). Undated
 * sort keys ("9999-99-99": an event bounded only above) stay in reach of the upper bound.
 */
function sortKeyRange(lo: string | undefined, hi: string | undefined): SQL | undefined {
  return and(
    lo ? sql`${events.sortKey} >= to_char(${lo}::date - (select greatest(coalesce(max(${windowLag(other)}), 0), 0) from events w), 'YYYY-MM-DD')` : undefined,
    hi
      ? sql`(${events.sortKey} < to_char(${hi}::date + 1 + (select greatest(coalesce(max(${windowLead(other)}), 0), 0) from events w), 'YYYY-MM-DD') or ${events.sortKey} >= '9999')`
      : undefined,
  );
}

/**
 * The timeline's filters as SQL conditions on `events`, once: the list, the per-day counts and the bulk
 * exports all read them from here (who may see what is the caller's `visible(...)`, not a filter).
 * Each is an index range or a semi-join on an indexed key (see migration 0007 and docs/architecture.md).
 */
export function eventFilterConditions(db: Db, f: EventFilterParams) {
  return [
    f.type ? eq(events.type, f.type) : undefined,
    // An event's site, or any other place it involves (the four towns of an evacuation): a semi-join on
    // the union of two index ranges. `place_id = x or exists (…)` cannot use either index and read every
    // event (124 ms at 100k on PostgreSQL against 4.5 ms this way).
    f.placeId
      ? sql`${events.id} in (select e_site.id from events e_site where e_site.place_id = ${f.placeId}
          union all select e_other.event_id from event_places e_other where e_other.place_id = ${f.placeId})`
      : undefined,
    f.conflictId ? eq(events.conflictId, f.conflictId) : undefined,
    f.dyadId ? eq(events.dyadId, f.dyadId) : undefined,
    f.precision ? eq(events.timePrecision, f.precision) : undefined,
    dateConditions(f),
    changedSince(events.updatedAt, f.updatedSince),
    f.actorId
      ? exists(
          db
            .select({ x: sql`1` })
            .from(eventParticipants)
            .where(and(eq(eventParticipants.eventId, events.id), eq(eventParticipants.actorId, f.actorId))),
        )
      : undefined,
    f.disputeId
      ? exists(
          db
            .select({ x: sql`1` })
            .from(eventIssueLinks)
            .where(and(eq(eventIssueLinks.eventId, events.id), eq(eventIssueLinks.disputeId, f.disputeId))),
        )
      : undefined,
    f.documentId ? sql`exists (select 1 from citations c where c.event_id = ${events.id} and c.document_id = ${f.documentId})` : undefined,
    // Several types (OR): one index range per type on (status, type, sort_key, id).
    f.types?.length ? inArray(events.type, [...new Set(f.types)]) : undefined,
    // The ACLED-style filters read the event's own copies of its site and actors (migration 0019): the country
    // a timeline range on (status, country, sort key), an admin area and an actor kind a GIN containment.
    f.country ? eq(events.country, f.country) : undefined,
    f.adminId ? sql`${events.sitePath} @> array[${f.adminId}]::text[]` : undefined,
    bboxCondition(f.bbox),
    f.actorKind ? sql`${events.actorKinds} @> array[${f.actorKind}]::text[]` : undefined,
    f.minFatalities !== undefined ? sql`${events.fatalities} >= ${f.minFatalities}` : undefined,
  ];
}

/** Events whose site's point is in the box (places_point_idx: a range on longitude, then latitude). */
function bboxCondition(bbox: string | undefined): SQL | undefined {
  if (!bbox) return undefined;
  const box = parseBbox(bbox);
  // The schema refuses a bad box; a caller that skipped it gets nothing rather than everything.
  if (!box) return sql`false`;
  const [w, s, e, n] = box;
  return sql`${events.placeId} in (select p_b.id from places p_b where p_b.lon between ${w} and ${e} and p_b.lat between ${s} and ${n})`;
}

/** Filters that need the events themselves: no rollup (per day, per place) knows an event's site, actors or figures. */
export function needsEventRows(f: EventFilterParams): boolean {
  return !!(f.country || f.adminId || f.bbox || f.actorKind || f.minFatalities !== undefined);
}
