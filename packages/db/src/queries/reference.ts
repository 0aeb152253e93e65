import { sql } from "drizzle-orm";
import { ACTOR_KIND_LABELS, ACTOR_KINDS, EVENT_TAXONOMY, EVENT_TYPES } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import { countEvents } from "./archive";

/**
 * Every event type with its labels and its published events, from the per-day rollup (event_day_counts,
 * migration 0012): a grouped read of the rollup's rows (days × types × precisions), never of the events.
 */
export async function eventTypeReference(db: Db) {
  const rows = await queryRows<{ type: string; n: number }>(db, sql`select type, coalesce(sum(n), 0)::int as n from event_day_counts group by type`);
  const n = new Map(rows.map((r) => [r.type, Number(r.n)]));
  return {
    items: EVENT_TYPES.map((t) => ({
      value: t,
      label: { ar: EVENT_TAXONOMY[t].label.ar, en: EVENT_TAXONOMY[t].label.en },
      count: n.get(t) ?? 0,
      capped: false,
    })),
  };
}

/**
 * Countries (ISO 3166-1 alpha-2 of the events' sites) with their published events, from the per-place rollup
 * (place_event_counts' `'*'` row per place, migration 0013) joined to the places: the cost is the number of
 * places, whatever the number of events. Names from the published country places, else the code.
 */
export async function countryReference(db: Db) {
  const rows = await queryRows<{ country: string; n: number; name_ar: string | null; name_en: string | null }>(
    db,
    sql`select c.country, c.n, l.name_ar, l.name_en
        from (select p.country, sum(pc.n)::int as n from place_event_counts pc join places p on p.id = pc.place_id
              where pc.type = '*' and p.country is not null group by p.country having sum(pc.n) > 0) c
        left join lateral (select name_ar, name_en from places l where l.feature = 'country' and l.country = c.country and l.status = 'published'
                           order by l.id limit 1) l on true
        order by c.country`,
  );
  return {
    items: rows.map((r) => ({ value: r.country, label: { ar: r.name_ar ?? r.country, en: r.name_en ?? r.country }, count: Number(r.n), capped: false })),
  };
}

/**
 * Actor kinds with the published events that have a participant of that kind: the `actorKind` filter's own
 * capped count per kind (no rollup knows participants), each up to 10,000 rows of an index range.
 */
export async function actorKindReference(db: Db) {
  const items = [];
  for (const kind of ACTOR_KINDS) {
    const c = await countEvents(db, { actorKind: kind });
    items.push({ value: kind, label: ACTOR_KIND_LABELS[kind], count: c.count, capped: c.capped });
  }
  return { items };
}

/**
 * How current the archive is. The newest change to a published event is a backward range on
 * events_review_idx (status, updated_at): one index entry. The count is the rollup's.
 */
export async function archiveStatus(db: Db) {
  const [[latest], [total], [release]] = await Promise.all([
    queryRows<{ at: string | null }>(db, sql`select updated_at::text as at from events where status = 'published' order by updated_at desc limit 1`),
    queryRows<{ n: number }>(db, sql`select coalesce(sum(n), 0)::int as n from event_day_counts`),
    queryRows<{ version: string; created_at: string; sha256: string }>(
      db,
      sql`select version, created_at::text, sha256 from releases order by created_at desc, version desc limit 1`,
    ),
  ]);
  return {
    eventsUpdatedAt: latest?.at ? new Date(latest.at).toISOString() : null,
    publishedEvents: Number(total?.n ?? 0),
    latestRelease: release
      ? {
          version: release.version,
          createdAt: new Date(release.created_at).toISOString(),
          sha256: release.sha256,
          downloadPath: `/api/v1/releases/${release.version}/download`,
        }
      : null,
  };
}
