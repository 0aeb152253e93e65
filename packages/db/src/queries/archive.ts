import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { addDays, COUNT_CAP, EVENT_TYPES, firstDayOf, lastDayOf, type EventHistogram, type RelatedEventsInput, type SuggestInput } from "@waqai/schema";
import { normalize } from "@waqai/arabic";
import { queryRows, type Db } from "../client";
import { actors, conflicts, disputes, eventRelations, events, places } from "../tables";
import { queryTerms } from "../search/keys";
import { all, bi, cappedCount, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { eventFilterConditions, needsEventRows, type EventFilterParams } from "./event-filters";
import { getEventsByIds } from "./events";

/**
 * An event's related events, both ways: those it points to and those pointing to it (part of, response
 * to, follows…). Two index ranges on event_relations (by event, by related event), capped at `limit`.
 */
export async function relatedEvents(db: Db, params: z.input<typeof RelatedEventsInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 20;
  const [out, into] = await Promise.all([
    db
      .select({ other: eventRelations.relatedEventId, relation: eventRelations.relation })
      .from(eventRelations)
      .where(eq(eventRelations.eventId, params.id))
      .orderBy(asc(eventRelations.relatedEventId))
      .limit(limit + 1),
    db
      .select({ other: eventRelations.eventId, relation: eventRelations.relation })
      .from(eventRelations)
      .where(eq(eventRelations.relatedEventId, params.id))
      .orderBy(asc(eventRelations.eventId))
      .limit(limit + 1),
  ]);
  const links = [...out.map((r) => ({ ...r, inverse: false })), ...into.map((r) => ({ ...r, inverse: true }))];
  const shown = await getEventsByIds(db, [...new Set(links.map((l) => l.other))], scope);
  const byId = new Map(shown.map((e) => [e.id, e]));
  const items = links.flatMap((l) => {
    const event = byId.get(l.other);
    return event ? [{ relation: l.relation as "part_of", inverse: l.inverse, event }] : [];
  });
  return { items: items.slice(0, limit), more: items.length > limit || out.length > limit || into.length > limit };
}

const capped = (n: number) => ({ count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });

/**
 * The public timeline with no filter but type and precision: every published event counts, whatever its
 * date, so the per-day rollup's totals are exact (with a date range they are not: the rollup places an
 * event on one day, the filter on its window).
 */
function wholeTimeline(f: EventFilterParams, scope: ReadScope): boolean {
  const publicOnly = scope.statuses.length === 1 && scope.statuses[0] === "published";
  return publicOnly && rollupAnswers(f) && !f.from && !f.to;
}

/** Whether a type passes the `type` and `types` filters (both when both are given). */
function typeMatches(f: EventFilterParams, type: string): boolean {
  return (!f.type || f.type === type) && (!f.types?.length || (f.types as string[]).includes(type));
}

/** Published events per type from the rollup (a row per day, type and precision, not per event), optionally of one precision. */
async function rollupByType(db: Db, f: EventFilterParams) {
  const rows = await queryRows<{ type: string; n: number }>(
    db,
    sql`select type, coalesce(sum(n), 0)::int as n from event_day_counts where ${f.precision ? sql`precision = ${f.precision}` : sql`true`} group by type order by type`,
  );
  return rows.map((r) => ({ type: r.type, n: Number(r.n) }));
}

/** How many published events match the timeline's filters (an actor's, a place's, a dispute's), up to COUNT_CAP. */
export async function countEvents(db: Db, params: EventFilterParams, scope: ReadScope = PUBLIC_SCOPE) {
  if (wholeTimeline(params, scope)) {
    const rows = await rollupByType(db, params);
    return capped(rows.filter((r) => typeMatches(params, r.type)).reduce((sum, r) => sum + r.n, 0));
  }
  return cappedCount(db, events, all(visible(events.status, scope), ...eventFilterConditions(db, params)));
}

/** Per event type, how many events match the other filters: one capped count per type, each an index range on (status, type, …). */
export async function eventFacets(db: Db, params: EventFilterParams, scope: ReadScope = PUBLIC_SCOPE) {
  // The unfiltered timeline (the home page every visitor opens first): the rollup's totals per type.
  if (wholeTimeline({ ...params, type: undefined, types: undefined }, scope))
    return {
      types: (await rollupByType(db, { ...params, type: undefined, types: undefined }))
        .filter((r) => r.n > 0)
        .map((r) => ({ type: r.type as (typeof EVENT_TYPES)[number], ...capped(r.n) })),
    };
  const others = eventFilterConditions(db, { ...params, type: undefined, types: undefined });
  const types = await Promise.all(
    EVENT_TYPES.map(async (type) => ({ type, ...(await cappedCount(db, events, all(visible(events.status, scope), eq(events.type, type), ...others))) })),
  );
  return { types: types.filter((t) => t.count > 0) };
}

/**
 * The reader's suggest box: published actors, places, disputes or conflicts whose name or a variant starts
 * with the typed words (Arabic-normalized, each word a prefix), from the search index; at most `limit`,
 * exact names first. A bounded index probe, never a list of every record.
 */
export async function suggestRecords(db: Db, params: z.input<typeof SuggestInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 8;
  const terms = queryTerms(params.q);
  if (!terms.length) return { items: [] };
  const ts = terms.map((keys) => `(${keys.map((k) => `${k}:*`).join(" | ")})`).join(" & ");
  const field = params.kind === "actor" || params.kind === "place" ? "name" : "title";
  const st = sql.join(
    scope.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const hits = await queryRows<{ id: string }>(
    db,
    sql`select entity_id as id from search_entries
        where tsv @@ to_tsquery('simple'::regconfig, ${ts}) and kind = ${params.kind} and field = ${field} and status in (${st})
        limit 100`,
  );
  const ids = [...new Set(hits.map((h) => h.id))];
  if (!ids.length) return { items: [] };
  const rows = await rowsFor(db, params.kind, ids, scope);
  const n = normalize(params.q);
  const rank = (r: (typeof rows)[number]) => {
    const names = [r.ar, r.en ?? "", ...r.variants].map((x) => normalize(x));
    return names.includes(n) ? 0 : names.some((x) => x.startsWith(n)) ? 1 : 2;
  };
  const sorted = rows.sort((a, b) => rank(a) - rank(b) || a.ar.length - b.ar.length || a.id.localeCompare(b.id)).slice(0, limit);
  return { items: sorted.map((r) => ({ id: r.id, label: bi(r.ar, r.en), detail: r.detail })) };
}

async function rowsFor(db: Db, kind: z.input<typeof SuggestInput>["kind"], ids: string[], scope: ReadScope) {
  switch (kind) {
    case "actor":
      return (
        await db
          .select({ id: actors.id, ar: actors.nameAr, en: actors.nameEn, variants: actors.variants, detail: actors.kind })
          .from(actors)
          .where(and(inArray(actors.id, ids), visible(actors.status, scope)))
      ).map((r) => ({ ...r, detail: r.detail }));
    case "place":
      return (
        await db
          .select({ id: places.id, ar: places.nameAr, en: places.nameEn, variants: places.variants, detail: places.feature })
          .from(places)
          .where(and(inArray(places.id, ids), visible(places.status, scope)))
      ).map((r) => ({ ...r, detail: r.detail }));
    case "dispute":
      return (
        await db
          .select({ id: disputes.id, ar: disputes.titleAr, en: disputes.titleEn })
          .from(disputes)
          .where(and(inArray(disputes.id, ids), visible(disputes.status, scope)))
      ).map((r) => ({ ...r, variants: [] as string[], detail: null }));
    case "conflict":
      return (
        await db
          .select({ id: conflicts.id, ar: conflicts.titleAr, en: conflicts.titleEn })
          .from(conflicts)
          .where(and(inArray(conflicts.id, ids), visible(conflicts.status, scope)))
      ).map((r) => ({ ...r, variants: [] as string[], detail: null }));
  }
}

const DAY_MS = 86_400_000;

/** The bucket a range of days is drawn in: days up to two months, weeks up to a year, months up to six years, years beyond. */
export function bucketFor(from: string, to: string): EventHistogram["bucket"] {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  return days <= 62 ? "day" : days <= 366 ? "week" : days <= 366 * 6 ? "month" : "year";
}

/** Filters the per-day rollup can answer (type, precision, the date range); any other needs the events themselves. */
function rollupAnswers(f: EventFilterParams): boolean {
  return !f.actorId && !f.placeId && !f.disputeId && !f.documentId && !f.conflictId && !f.dyadId && !f.updatedSince && !needsEventRows(f);
}

/**
 * The timeline's chart in one aggregate query. Each event stands on its sort key (its date, padded; its
 * window's first day when undated). Without actor/place/dispute filters the counts come from
 * `event_day_counts`, a per-day rollup that triggers keep in step with `events` (migration 0012), so the
 * chart of a million events reads a few thousand rows; with them, from the matching events, grouped.
 */
export async function eventHistogram(db: Db, f: EventFilterParams, scope: ReadScope = PUBLIC_SCOPE): Promise<EventHistogram> {
  const publicOnly = scope.statuses.length === 1 && scope.statuses[0] === "published";
  const useRollup = publicOnly && rollupAnswers(f);
  const source = useRollup
    ? sql`(select key as sort_key, type, precision as time_precision, n from event_day_counts where n > 0) s`
    : sql`(select ${events.sortKey} as sort_key, ${events.type} as type, ${events.timePrecision} as time_precision, 1 as n from ${events}
           where ${all(visible(events.status, scope), ...eventFilterConditions(db, { ...f, from: undefined, to: undefined, dateMatch: undefined, undated: undefined }))}) s`;
  const lo = f.from ? firstDayOf(f.from) : undefined;
  const hi = f.to ? lastDayOf(f.to) : undefined;
  const filters = sql.join(
    [
      sql`true`,
      useRollup && f.type ? sql`s.type = ${f.type}` : undefined,
      useRollup && f.types?.length
        ? sql`s.type in (${sql.join(
            f.types.map((t) => sql`${t}`),
            sql`, `,
          )})`
        : undefined,
      useRollup && f.precision ? sql`s.time_precision = ${f.precision}` : undefined,
      // From a day on: that day's and later keys, and the month- or year-precise keys that include it.
      lo ? sql`(s.sort_key >= ${lo} or s.sort_key in (${`${lo.slice(0, 7)}-00`}, ${`${lo.slice(0, 4)}-00-00`}))` : undefined,
      hi ? sql`s.sort_key <= ${hi}` : undefined,
    ].filter((x): x is SQL => x !== undefined),
    sql` and `,
  );
  // The range drawn: the filter's, else the data's own first and last day (from the rollup's key order or the rows).
  const [span] = await queryRows<{ first: string | null; last: string | null; total: number }>(
    db,
    sql`select min(sort_key) filter (where sort_key < '9999') as first, max(sort_key) filter (where sort_key < '9999') as last,
               coalesce(sum(n), 0)::int as total from ${source} where ${filters}`,
  );
  const total = Number(span?.total ?? 0);
  const first = lo ?? (span?.first ? firstDayOf(span.first.replace(/-00$/, "").replace(/-00$/, "")) : null);
  const last = hi ?? (span?.last ? lastDayOf(span.last.replace(/-00$/, "").replace(/-00$/, "")) : null);
  if (!first || !last) return { bucket: "day", from: first, to: last, bins: [], total, unplaced: total };
  const bucket = bucketFor(first, last);
  // A key's bucket: a day needs a day ("-00" has none), a week its Monday, a month its month, a year its year.
  const start =
    bucket === "day"
      ? sql`case when substr(sort_key, 9, 2) <> '00' and sort_key < '9999' then sort_key end`
      : bucket === "week"
        ? sql`case when substr(sort_key, 9, 2) <> '00' and sort_key < '9999' then to_char(date_trunc('week', sort_key::date), 'YYYY-MM-DD') end`
        : bucket === "month"
          ? sql`case when substr(sort_key, 6, 2) <> '00' and sort_key < '9999' then substr(sort_key, 1, 7) || '-01' end`
          : sql`case when sort_key < '9999' then substr(sort_key, 1, 4) || '-01-01' end`;
  const bins = await queryRows<{ start: string | null; count: number }>(
    db,
    sql`select ${start} as start, sum(n)::int as count from ${source} where ${filters} group by 1 order by 1`,
  );
  const placed = bins.filter((b): b is { start: string; count: number } => b.start !== null && Number(b.count) > 0);
  const counted = placed.reduce((n, b) => n + Number(b.count), 0);
  return {
    bucket,
    from: first,
    to: last,
    bins: placed.map((b) => ({ start: b.start, count: Number(b.count) })),
    total,
    unplaced: total - counted,
  };
}

/** Kept for the chart's keyboard brushing: the bucket after `start`. */
export function nextBucket(start: string, bucket: EventHistogram["bucket"]): string {
  if (bucket === "day") return addDays(start, 1);
  if (bucket === "week") return addDays(start, 7);
  const [y, m] = start.split("-").map(Number) as [number, number];
  return bucket === "month" ? `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}-01` : `${y + 1}-01-01`;
}

/** Ids of published records of one kind after `after`, a keyset page (for the sitemap's files of 50,000). */
export async function publishedIds(db: Db, kind: "actor" | "place" | "dispute" | "conflict", after: string | undefined, limit: number) {
  const table = { actor: actors, place: places, dispute: disputes, conflict: conflicts }[kind];
  return db
    .select({ id: table.id, updatedAt: table.updatedAt })
    .from(table)
    .where(and(eq(table.status, "published"), after ? sql`${table.id} > ${after}` : undefined))
    .orderBy(asc(table.id))
    .limit(limit);
}
