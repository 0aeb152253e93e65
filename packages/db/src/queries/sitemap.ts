import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { z } from "zod";
import { SITEMAP_FILE_RECORDS, type SitemapEntriesInput, type SitemapIndex } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import { actors, conflicts, disputes, documents, events, places } from "../tables";

const TABLES = { actor: actors, place: places, dispute: disputes, conflict: conflicts, document: documents };
type RecordKind = keyof typeof TABLES;

/**
 * The sitemap's files: events by the month of their sort key (counts from the per-day rollup, so a million
 * events cost a few hundred rows), a month of more than SITEMAP_FILE_RECORDS split in parts; the other kinds
 * in files of SITEMAP_FILE_RECORDS ids each, named by the id they start after (one index probe per file).
 */
export async function sitemapIndex(db: Db): Promise<z.infer<typeof SitemapIndex>> {
  const months = await queryRows<{ month: string; n: number }>(
    db,
    sql`select case when key >= '9999' then 'undated' else substr(key, 1, 7) end as month, sum(n)::int as n
        from event_day_counts where n > 0 group by 1 order by 1`,
  );
  const kinds: z.infer<typeof SitemapIndex>["records"] = [];
  for (const kind of Object.keys(TABLES) as RecordKind[]) {
    const table = TABLES[kind];
    let after: string | null = null;
    // Each file starts after the last id of the one before: the next boundary is one offset probe in the id index.
    for (;;) {
      kinds.push({ kind, after });
      const [edge] = await db
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.status, "published"), after ? gt(table.id, after) : undefined))
        .orderBy(asc(table.id))
        .offset(SITEMAP_FILE_RECORDS - 1)
        .limit(2);
      if (!edge) break;
      after = edge.id;
      // A file exactly full with nothing after it: no empty next file.
      const [more] = await db
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.status, "published"), gt(table.id, after)))
        .limit(1);
      if (!more) break;
    }
  }
  return {
    months: months.flatMap((m) => Array.from({ length: Math.max(1, Math.ceil(Number(m.n) / SITEMAP_FILE_RECORDS)) }, (_, part) => ({ month: m.month, part }))),
    records: kinds,
  };
}

/** The ids (and last change) of one sitemap file, in key order. */
export async function sitemapEntries(db: Db, input: z.infer<typeof SitemapEntriesInput>): Promise<{ items: { id: string; updatedAt: string }[] }> {
  if (input.kind === "event") {
    const month = input.month ?? "undated";
    const range = month === "undated" ? sql`${events.sortKey} >= '9999'` : sql`${events.sortKey} >= ${`${month}-00`} and ${events.sortKey} <= ${`${month}-99`}`;
    const rows = await db
      .select({ id: events.id, updatedAt: events.updatedAt })
      .from(events)
      .where(and(eq(events.status, "published"), range))
      .orderBy(asc(events.sortKey), asc(events.id))
      .offset((input.part ?? 0) * SITEMAP_FILE_RECORDS)
      .limit(SITEMAP_FILE_RECORDS);
    return { items: rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() })) };
  }
  const table = TABLES[input.kind];
  const rows = await db
    .select({ id: table.id, updatedAt: table.updatedAt })
    .from(table)
    .where(and(eq(table.status, "published"), input.after ? gt(table.id, input.after) : undefined))
    .orderBy(asc(table.id))
    .limit(SITEMAP_FILE_RECORDS);
  return { items: rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() })) };
}
