import { eq, isNotNull, and } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { citations, claims, disputeIssues, eventParticipants, eventPlaces, events, positions, type RecordWritten } from "../tables";

/** The kinds that have a public page of their own. */
export type PageKind = "event" | "document" | "actor" | "place" | "dispute" | "conflict";

/** The public pages a write changes: records by kind and id, and kinds whose every page does (`allOf`). */
export interface PagesShowing {
  pages: { kind: PageKind; id: string }[];
  allOf: PageKind[];
}

/**
 * How many pages of one kind a single record may send to be purged one by one; past it, every page of that kind
 * is (an actor named in 100,000 events renamed: the event pages are re-read from the reader, which keeps its own
 * exact cache). Keeps a purge bounded whatever the archive holds.
 */
export const PURGE_FANOUT_CAP = 500;

/**
 * Which public pages show what was written, for the HTTP cache's purge: the record's own page, the pages of the
 * records it is shown on (a claim on its event's page, an issue and a position on their dispute's), and the pages
 * that list or name it (an event on its place's, actors' and sources' pages; an actor, place or source on the
 * pages of the events that name it). Each lookup is an index range capped at PURGE_FANOUT_CAP + 1 rows.
 */
export async function pagesShowing(db: Db, written: RecordWritten[]): Promise<PagesShowing> {
  const pages = new Map<string, { kind: PageKind; id: string }>();
  const allOf = new Set<PageKind>();
  const add = (kind: PageKind, ids: (string | null | undefined)[]) => {
    for (const id of ids) if (id) pages.set(`${kind}:${id}`, { kind, id });
  };
  /** The values of `col` in the rows where `key` = id, or every page of `kind` past the cap. */
  const linked = async (kind: PageKind, col: AnyPgColumn, key: AnyPgColumn, id: string) => {
    const rows = await db
      .selectDistinct({ v: col })
      .from(col.table)
      .where(and(eq(key, id), isNotNull(col)))
      .limit(PURGE_FANOUT_CAP + 1);
    if (rows.length > PURGE_FANOUT_CAP) allOf.add(kind);
    else
      add(
        kind,
        rows.map((r) => r.v as string),
      );
  };
  for (const w of written) {
    switch (w.kind) {
      case "event":
        add("event", [w.id]);
        add(
          "place",
          (await db.select({ v: events.placeId }).from(events).where(eq(events.id, w.id))).map((r) => r.v),
        );
        await linked("place", eventPlaces.placeId, eventPlaces.eventId, w.id);
        await linked("actor", eventParticipants.actorId, eventParticipants.eventId, w.id);
        await linked("document", citations.documentId, citations.eventId, w.id);
        break;
      case "document":
        add("document", [w.id]);
        await linked("event", citations.eventId, citations.documentId, w.id);
        break;
      case "actor":
        add("actor", [w.id]);
        await linked("event", eventParticipants.eventId, eventParticipants.actorId, w.id);
        break;
      case "place":
        add("place", [w.id]);
        await linked("event", events.id, events.placeId, w.id);
        await linked("event", eventPlaces.eventId, eventPlaces.placeId, w.id);
        break;
      case "claim": {
        const [c] = await db.select({ eventId: claims.eventId, documentId: claims.documentId }).from(claims).where(eq(claims.id, w.id));
        add("event", [c?.eventId]);
        add("document", [c?.documentId]);
        break;
      }
      case "issue":
        add(
          "dispute",
          (await db.select({ v: disputeIssues.disputeId }).from(disputeIssues).where(eq(disputeIssues.id, w.id))).map((r) => r.v),
        );
        break;
      case "position":
        add(
          "dispute",
          (
            await db
              .select({ v: disputeIssues.disputeId })
              .from(positions)
              .innerJoin(disputeIssues, eq(disputeIssues.id, positions.issueId))
              .where(eq(positions.id, w.id))
          ).map((r) => r.v),
        );
        break;
      case "dispute":
      case "conflict":
        add(w.kind, [w.id]);
        break;
    }
  }
  return { pages: [...pages.values()].filter((p) => !allOf.has(p.kind)), allOf: [...allOf] };
}
