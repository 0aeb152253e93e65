import "server-only";
import { cache } from "react";
import { NAMES_MAX, type CitationTargetKind } from "@waqai/schema";
import { api, errorCode, type Citation } from "./api";
import { orNotFound } from "./page";
import type { EventFilter } from "./filters";

// Every read here is bounded by what the page shows (issue 12): no helper walks a whole list. A page of
// events, a capped count, the names of the records a page refers to, a record's related events.

/** One fetch per request for each record, shared by generateMetadata and the page; unknown ids 404. */
export const getEvent = cache((id: string) => orNotFound(api().events.byId.query({ id }), errorCode));
export const getDocument = cache((id: string) => orNotFound(api().documents.byId.query({ id }), errorCode));
export const getDispute = cache((id: string) => orNotFound(api().disputes.byId.query({ id }), errorCode));
export const getActor = cache((id: string) => orNotFound(api().actors.byId.query({ id }), errorCode));
export const getPlace = cache((id: string) => orNotFound(api().places.byId.query({ id }), errorCode));
export const getConflict = cache((id: string) => orNotFound(api().conflicts.byId.query({ id }), errorCode));

/** A page of the timeline (or of an actor's, a place's, a dispute's events), keyset-paginated. */
export function listEvents(filter: EventFilter, cursor?: string, limit = 50) {
  return api().events.list.query({ ...filter, limit, cursor, order: "asc" });
}

/** How many events match, counted up to 10,000 ("more than" beyond). */
export const eventCount = cache(async (filterKey: string) => api().events.count.query(JSON.parse(filterKey) as EventFilter));

/** The timeline's chart at the range's scale, from one aggregate query. */
export const eventHistogram = cache(async (filterKey: string) => api().events.histogram.query(JSON.parse(filterKey) as EventFilter));

/** Per event type, how many events match the other filters. */
export const eventFacets = cache(async (filterKey: string) => api().events.facets.query(JSON.parse(filterKey) as EventFilter));

/** An event's related events, both ways. */
export const relatedOf = cache(async (id: string) => api().events.related.query({ id, limit: 50 }));

type Ref = { kind: CitationTargetKind; id: string };
type Name = Awaited<ReturnType<ReturnType<typeof api>["records"]["names"]["query"]>>["items"][number];

/**
 * The names of the records a page refers to by id. Reads are GETs (so the data cache keeps them), and a
 * URL carries about 30 references; the batch link sends the calls together, splitting at its URL limit.
 */
const NAMES_PER_CALL = Math.min(30, NAMES_MAX);
export async function namesOf(refs: Ref[]): Promise<Map<string, Name>> {
  const unique = [...new Map(refs.map((r) => [`${r.kind}:${r.id}`, r])).values()];
  const chunks: Ref[][] = [];
  for (let i = 0; i < unique.length; i += NAMES_PER_CALL) chunks.push(unique.slice(i, i + NAMES_PER_CALL));
  const pages = await Promise.all(chunks.map((refs) => api().records.names.query({ refs })));
  return new Map(pages.flatMap((p) => p.items).map((n) => [`${n.kind}:${n.id}`, n]));
}

/**
 * Every citation into one document, in text order: bounded by the document (its text has a few hundred
 * cited spans at most), not by the archive. A document cited more densely than 5,000 times is shown in part.
 */
export const documentCitations = cache(async (documentId: string): Promise<Citation[]> => {
  const items: Citation[] = [];
  let cursor: string | undefined;
  do {
    const page = await api().citations.list.query({ documentId, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < 5000);
  return items.toSorted((a, b) => a.start - b.start || b.end - a.end);
});

/** Calls that may fail one by one (a name we cannot fetch falls back to its id rather than failing the page). */
export async function settled<T>(calls: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(calls);
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}
