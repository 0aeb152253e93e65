import { sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { CLUSTER_EVENTS_CAP, clusterCellSize, CLUSTERS_MAX, type EventClusters, type EventClustersInput } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import { events } from "../tables";
import { all, bi, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { eventFilterConditions, needsEventRows, type EventFilterParams } from "./event-filters";

type ClustersParams = z.input<typeof EventClustersInput>;

/** Filters the per-place rollup cannot answer (it knows an event's site, type and status, nothing else). */
function needsEvents(f: EventFilterParams): boolean {
  return !!(
    f.actorId ||
    f.placeId ||
    f.disputeId ||
    f.documentId ||
    f.conflictId ||
    f.dyadId ||
    f.updatedSince ||
    f.from ||
    f.to ||
    f.precision ||
    f.types?.length ||
    needsEventRows(f)
  );
}

interface CellRow {
  gx: number;
  gy: number;
  count: number;
  places: number;
  lon: number;
  lat: number;
  place_id: string;
  name_ar: string;
  name_en: string | null;
  /** Events in every cell, returned or not: over CLUSTER_EVENTS_CAP when the filtered read stopped at its bound. */
  matched: number;
}

/**
 * The map's clusters: published events gathered into the cells of a world-aligned grid over the view, each
 * event at its site (`events.place_id`; its other places in `event_places` are not drawn, so an event counts
 * once). With no filter but the view and a type, from `place_event_counts` (a row per place and type, kept by
 * triggers, migration 0013): the cost is the places in the view, whatever the number of events. With the
 * timeline's other filters, from the matching events at places in the view, read through the filters'
 * indexes and at most CLUSTER_EVENTS_CAP of them (`capped`). Cells come fullest first, at most CLUSTERS_MAX.
 */
export async function eventClusters(db: Db, params: ClustersParams, scope: ReadScope = PUBLIC_SCOPE): Promise<EventClusters> {
  const { bbox, zoom, ...f } = params;
  const [west, south, east, north] = bbox as [number, number, number, number];
  const cell = clusterCellSize(zoom);
  const inView = (p: string) =>
    sql`${sql.raw(p)}.lon between ${west} and ${east} and ${sql.raw(p)}.lat between ${south} and ${north} and ${sql.raw(p)}.status in (${sql.join(
      scope.statuses.map((s) => sql`${s}`),
      sql`, `,
    )})`;
  const publicOnly = scope.statuses.length === 1 && scope.statuses[0] === "published";
  const fromRollup = publicOnly && !needsEvents(f);
  let source: SQL;
  if (fromRollup) {
    // A row per place: its events of the type, or of every type (the rollup's '*' rows).
    source = sql`(select place_id, n from place_event_counts where type = ${f.type ?? "*"} and n > 0)`;
  } else {
    const conditions = all(visible(events.status, scope), ...eventFilterConditions(db, f));
    // The matching events at places in the view, through whichever index the filters offer, bounded.
    const matching = sql`select ${events.placeId} as place_id from ${events}
      where ${conditions} and ${events.placeId} in (select p.id from places p where ${inView("p")})
      limit ${CLUSTER_EVENTS_CAP + 1}`;
    source = sql`(select place_id, count(*)::int as n from (${matching}) m group by 1)`;
  }
  const gx = sql`floor(p.lon / ${cell})::int`;
  const gy = sql`floor(p.lat / ${cell})::int`;
  const rows = await queryRows<CellRow>(
    db,
    sql`select ${gx} as gx, ${gy} as gy, sum(s.n)::int as count, count(*)::int as places,
               sum(s.n * p.lon) / sum(s.n) as lon, sum(s.n * p.lat) / sum(s.n) as lat,
               min(p.id) as place_id, min(p.name_ar) as name_ar, min(p.name_en) as name_en,
               sum(sum(s.n)) over () as matched
        from places p join ${source} s on s.place_id = p.id
        where ${inView("p")}
        group by 1, 2
        order by 3 desc, 1, 2
        limit ${CLUSTERS_MAX + 1}`,
  );
  const cells = rows.slice(0, CLUSTERS_MAX).map((r) => ({ ...r, count: Number(r.count), places: Number(r.places), lon: Number(r.lon), lat: Number(r.lat) }));
  // A cell of one event names it: one indexed probe per such place (the event at that site matching the filters).
  const lone = cells.filter((c) => c.count === 1).map((c) => c.place_id);
  const loneEvents = new Map<string, { id: string; title_ar: string; title_en: string | null }>();
  if (lone.length > 0) {
    const conditions = all(visible(events.status, scope), ...eventFilterConditions(db, f));
    const found = await queryRows<{ place_id: string; id: string; title_ar: string; title_en: string | null }>(
      db,
      sql`select l.place_id, x.id, x.title_ar, x.title_en
          from (select unnest(${sql`array[${sql.join(
            lone.map((id) => sql`${id}`),
            sql`, `,
          )}]::text[]`}) as place_id) l
          cross join lateral (select ${events.id} as id, ${events.titleAr} as title_ar, ${events.titleEn} as title_en from ${events}
                              where ${events.placeId} = l.place_id and ${conditions} order by ${events.id} limit 1) x`,
    );
    for (const e of found) loneEvents.set(e.place_id, e);
  }
  const clusters = cells.map((c) => {
    const lone = c.count === 1 ? loneEvents.get(c.place_id) : undefined;
    return {
      lon: Math.min(180, Math.max(-180, c.lon)),
      lat: Math.min(90, Math.max(-90, c.lat)),
      count: c.count,
      places: c.places,
      ...(c.places === 1 ? { place: { id: c.place_id, name: bi(c.name_ar, c.name_en) } } : {}),
      ...(lone ? { event: { id: lone.id, title: bi(lone.title_ar, lone.title_en) } } : {}),
    };
  });
  return {
    cell,
    clusters,
    total: clusters.reduce((n, c) => n + c.count, 0),
    more: rows.length > CLUSTERS_MAX,
    capped: !fromRollup && Number(rows[0]?.matched ?? 0) > CLUSTER_EVENTS_CAP,
  };
}
