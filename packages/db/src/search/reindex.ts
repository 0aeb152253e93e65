import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { withTx, type Db } from "../client";
import * as t from "../tables";
import { documentEntries, entry, eventEntries, namedEntries, WEIGHTS, type EntryRow, type SearchKindName } from "./entries";

const PAGE = 2000;

async function write(db: Db, rows: EntryRow[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(t.searchEntries)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}

/**
 * Names and variants of the published places and actors a batch of events points at. A draft's name
 * stays out: otherwise searching for it would reveal which published event it is attached to. Read per
 * batch, so a one-event re-index costs that event's names, not the archive's.
 */
async function namesOf(db: Db, placeIds: string[], actorIds: string[]) {
  const published = (ids: string[], table: typeof t.actors | typeof t.places) =>
    ids.length
      ? db
          .select({ id: table.id, ar: table.nameAr, en: table.nameEn, v: table.variants })
          .from(table)
          .where(and(eq(table.status, "published"), inArray(table.id, [...new Set(ids)])))
      : Promise.resolve([]);
  const [actors, places] = await Promise.all([published(actorIds, t.actors), published(placeIds, t.places)]);
  const names = (r: { ar: string; en: string | null; v: string[] }) => [r.ar, r.en ?? "", ...r.v].filter(Boolean);
  return { actor: new Map(actors.map((a) => [a.id, names(a)])), place: new Map(places.map((p) => [p.id, names(p)])) };
}

async function indexEvents(db: Db, ids?: string[]) {
  let after = "";
  for (;;) {
    const rows = await db
      .select()
      .from(t.events)
      .where(and(gt(t.events.id, after), ids ? inArray(t.events.id, ids) : undefined))
      .orderBy(asc(t.events.id))
      .limit(PAGE);
    if (!rows.length) return;
    const parts = await db
      .select({ eventId: t.eventParticipants.eventId, actorId: t.eventParticipants.actorId })
      .from(t.eventParticipants)
      .where(
        inArray(
          t.eventParticipants.eventId,
          rows.map((r) => r.id),
        ),
      );
    const book = await namesOf(
      db,
      rows.map((r) => r.placeId).filter((x): x is string => !!x),
      parts.map((p) => p.actorId),
    );
    const out: EntryRow[] = [];
    for (const e of rows) {
      const contextNames = [
        ...(e.placeId ? (book.place.get(e.placeId) ?? []) : []),
        ...parts.filter((p) => p.eventId === e.id).flatMap((p) => book.actor.get(p.actorId) ?? []),
      ];
      out.push(...eventEntries({ ...e, contextNames }));
    }
    await write(db, out);
    after = rows[rows.length - 1]!.id;
  }
}

async function indexSmall(db: Db, kind: SearchKindName, ids?: string[]) {
  const only = (col: AnyPgColumn) => (ids ? inArray(col, ids) : undefined);
  const out: EntryRow[] = [];
  if (kind === "actor") {
    for (const a of await db.select().from(t.actors).where(only(t.actors.id)))
      out.push(...namedEntries("actor", a.id, a.status, a.nameAr, a.nameEn, a.variants));
  } else if (kind === "place") {
    for (const p of await db.select().from(t.places).where(only(t.places.id)))
      out.push(...namedEntries("place", p.id, p.status, p.nameAr, p.nameEn, p.variants));
  } else if (kind === "dispute" || kind === "conflict") {
    const table = kind === "dispute" ? t.disputes : t.conflicts;
    for (const d of await db.select().from(table).where(only(table.id))) {
      out.push(
        ...[
          entry(kind, d.id, "title", WEIGHTS.title, d.status, [d.titleAr, d.titleEn].filter(Boolean).join(" · ")),
          entry(kind, d.id, "summary", WEIGHTS.summary, d.status, [d.summaryAr, d.summaryEn].filter(Boolean).join(" · ")),
        ].filter((x): x is EntryRow => x !== null),
      );
    }
  } else if (kind === "issue") {
    for (const i of await db.select().from(t.disputeIssues).where(only(t.disputeIssues.id))) {
      const e = entry("issue", i.id, "title", WEIGHTS.title, i.status, [i.titleAr, i.titleEn].filter(Boolean).join(" · "));
      if (e) out.push(e);
    }
  }
  await write(db, out);
}

async function indexDocuments(db: Db, ids?: string[]) {
  let after = "";
  for (;;) {
    const rows = await db
      .select({ id: t.documents.id, status: t.documents.status, titleAr: t.documents.titleAr, text: t.documents.text })
      .from(t.documents)
      .where(and(gt(t.documents.id, after), ids ? inArray(t.documents.id, ids) : undefined))
      .orderBy(asc(t.documents.id))
      .limit(500);
    if (!rows.length) return;
    await write(
      db,
      rows.flatMap((d) => documentEntries(d.id, d.status, d.titleAr, d.text)),
    );
    after = rows[rows.length - 1]!.id;
  }
}

export const ALL_SEARCH_KINDS: SearchKindName[] = ["event", "dispute", "issue", "actor", "place", "document", "conflict"];

/**
 * Rebuilds the search entries of the given kinds (all by default), or of some records only.
 * Runs in one transaction so a reader never sees a half-built index.
 */
export async function reindexSearch(db: Db, opts: { kinds?: SearchKindName[]; ids?: string[] } = {}) {
  const kinds = opts.kinds ?? ALL_SEARCH_KINDS;
  await withTx(db, async (tx) => {
    for (const kind of kinds) {
      await tx.delete(t.searchEntries).where(and(eq(t.searchEntries.kind, kind), opts.ids ? inArray(t.searchEntries.entityId, opts.ids) : undefined));
      if (kind === "event") await indexEvents(tx, opts.ids);
      else if (kind === "document") await indexDocuments(tx, opts.ids);
      else await indexSmall(tx, kind, opts.ids);
    }
    if (!opts.ids && !opts.kinds) await settle(tx);
  });
}

/**
 * After a full rebuild: rows stored in `rank_key` order, so the ordered scan a common word takes reads
 * neighbouring rows (10× fewer pages: 42 → 5 ms at 100k on PostgreSQL, docs/search.md), and fresh word
 * frequencies, by which the planner picks that scan or the GIN index; PGlite has no autovacuum to
 * gather them. CLUSTER locks the table while it rewrites it: a full rebuild is a start-up or import step.
 */
async function settle(tx: Db) {
  // One statement for the whole table: the API's statement timeout (30 s) is for requests, not this.
  await tx.execute(sql`set local statement_timeout = 0`);
  await tx.execute(sql`cluster search_entries using search_entries_rank_idx`);
  await tx.execute(sql`analyze search_entries`);
}
