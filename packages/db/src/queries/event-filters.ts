import { and, eq, exists, gte, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import type { EventCountsInput } from "@waqai/schema";
import type { Db } from "../client";
import { eventIssueLinks, eventParticipants, events } from "../tables";
import { changedSince } from "./util";

export type EventFilterParams = z.input<typeof EventCountsInput>;

/**
 * The timeline's filters as SQL conditions on `events`, once: the list, the per-day counts and the bulk
 * exports all read them from here (who may see what is the caller's `visible(...)`, not a filter).
 * Each is an index range or a semi-join on an indexed key (see migration 0007 and docs/architecture.md).
 */
export function eventFilterConditions(db: Db, f: EventFilterParams) {
  return [
    f.type ? eq(events.type, f.type) : undefined,
    f.placeId ? eq(events.placeId, f.placeId) : undefined,
    f.precision ? eq(events.timePrecision, f.precision) : undefined,
    f.from ? gte(events.sortKey, f.from) : undefined,
    // A sort key is the date padded to a day ("2017-04-99" for a month): "to 2017-04" takes all of April.
    f.to ? lte(events.sortKey, `${f.to}-99`) : undefined,
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
  ];
}
