import "server-only";
import { cache } from "react";
import { api, errorCode, type Citation, type EventListItem } from "./api";
import { orNotFound } from "./page";
import type { EventFilter } from "./filters";

/** One fetch per request for each record, shared by generateMetadata and the page; unknown ids 404. */
export const getEvent = cache((id: string) => orNotFound(api().events.byId.query({ id }), errorCode));
export const getDocument = cache((id: string) => orNotFound(api().documents.byId.query({ id }), errorCode));
export const getDispute = cache((id: string) => orNotFound(api().disputes.byId.query({ id }), errorCode));
export const getActor = cache((id: string) => orNotFound(api().actors.byId.query({ id }), errorCode));
export const getPlace = cache((id: string) => orNotFound(api().places.byId.query({ id }), errorCode));
export const getConflict = cache((id: string) => orNotFound(api().conflicts.byId.query({ id }), errorCode));

type Page<T> = { items: T[]; nextCursor: string | null };

/** Walks a keyset-paginated list to the end, or to `cap` items (whichever comes first). */
export async function pageThrough<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, cap = 2000): Promise<{ items: T[]; capped: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < cap);
  return { items: items.slice(0, cap), capped: Boolean(cursor) || items.length > cap };
}

export function listEvents(filter: EventFilter, cursor?: string, limit = 50) {
  return api().events.list.query({ ...filter, limit, cursor, order: "asc" });
}

/**
 * Every published event matching a filter, up to `cap`. It walks the list a page at a time, so its cost grows
 * with the archive: the pages still using it (related events, an actor's or place's events, the map, the
 * sitemap) should move to bounded queries; the home chart already uses `eventDays`.
 */
export const allEvents = cache(async (filterKey: string, cap = 1000): Promise<{ items: EventListItem[]; capped: boolean }> => {
  const filter = JSON.parse(filterKey) as EventFilter;
  return pageThrough((cursor) => api().events.list.query({ ...filter, limit: 100, cursor, order: "asc" }), cap);
});

/** Events per day for the home chart, with the timeline's filters (one call, however many events). */
export const eventDays = cache(async (filterKey: string) => api().events.perDay.query(JSON.parse(filterKey) as EventFilter));

/** Every citation into a document, in text order. */
export const documentCitations = cache(async (documentId: string): Promise<Citation[]> => {
  const { items } = await pageThrough((cursor) => api().citations.list.query({ documentId, limit: 100, cursor }), 10_000);
  return items.toSorted((a, b) => a.start - b.start || b.end - a.end);
});

export const allActors = cache(async () => (await pageThrough((cursor) => api().actors.list.query({ limit: 100, cursor }))).items);
export const allPlaces = cache(async () => (await pageThrough((cursor) => api().places.list.query({ limit: 100, cursor }))).items);
export const allDisputes = cache(async () => (await pageThrough((cursor) => api().disputes.list.query({ limit: 100, cursor }))).items);

/** Calls that may fail one by one (a name we cannot fetch falls back to its id rather than failing the page). */
export async function settled<T>(calls: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(calls);
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}

export const unique = <T>(xs: T[]) => [...new Set(xs)];
