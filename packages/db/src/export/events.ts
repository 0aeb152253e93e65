import { and, asc, eq, or, sql } from "drizzle-orm";
import type { BilingualText, Citation, Event } from "@waqai/schema";
import type { Db } from "../client";
import { queryRows } from "../client";
import { actors, citations, claims, documents, eventParticipants, eventPlaces, eventQuantities, eventRelations, events, outlets } from "../tables";
import { eventOut } from "../mapping/events";
import { citationOut } from "../mapping/citations";
import { all, bi, optBi, PUBLIC_SCOPE, visible } from "../queries/util";
import type { EventExportFilter } from "./filters";
import { exportedIds, exportScope, type ExportScope } from "./scope";
import { eventFilterConditions } from "../queries/event-filters";
import { anyOf, byId, groupBy, groupByMany, idsOf, keysetPages, readAhead, type StreamOptions } from "./pages";

export interface PlaceLevel {
  id: string;
  name: BilingualText;
  feature: string;
}

/** Where an exported event happened: its place, with the place's exported ancestors, nearest first. */
export interface ExportPlace extends PlaceLevel {
  point?: { lat: number; lon: number };
  pointIsCentroid: boolean;
  country?: string;
  ancestors: PlaceLevel[];
}

export interface ExportActor {
  id: string;
  name: BilingualText;
  kind: string;
  /** ISO 3166-1 alpha-2, when the actor belongs to a country (a foreign state's forces are "external" in ACLED's terms). */
  country?: string;
}

export interface ExportClaim {
  id: string;
  claimantId: string;
  outletId?: string;
  modality: string;
  confidence: string;
  statement: BilingualText;
  quantityId?: string;
  documentId: string;
}

export interface ExportDocumentRef {
  id: string;
  title?: BilingualText;
  url?: string;
  publishedDate?: string;
  outlet?: { id: string; name: BilingualText; kind: string; country?: string };
}

/** One published event with everything the flat formats need, all within the export closure. */
export interface ExportEvent {
  /** The domain record; participants, relations and placeId only name exported records. */
  event: Event;
  place: ExportPlace | null;
  /** The other places the event involves (`event.places`), with their role, in its order. */
  otherPlaces: (ExportPlace & { role: string })[];
  actors: Map<string, ExportActor>;
  claims: ExportClaim[];
  /** Spans supporting the event, its figures and its claims, in document order. */
  citations: Citation[];
  documents: Map<string, ExportDocumentRef>;
}

interface PlaceTreeRow {
  id: string;
  parent_id: string | null;
  name_ar: string;
  name_en: string | null;
  feature: string;
  lat: number | null;
  lon: number | null;
  point_is_centroid: boolean;
  country: string | null;
}

/** The given places and their ancestors, in scope only, in one recursive query. */
async function placeTrees(db: Db, ids: string[], statuses: readonly string[]): Promise<Map<string, ExportPlace>> {
  const out = new Map<string, ExportPlace>();
  if (ids.length === 0) return out;
  const st = sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const idList = sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  );
  const rows = await queryRows<PlaceTreeRow>(
    db,
    sql`with recursive tree(id, parent_id, depth) as (
          select p.id, p.parent_id, 0 from places p where p.id in (${idList}) and p.status in (${st})
          union all
          select p.id, p.parent_id, tree.depth + 1 from places p join tree on p.id = tree.parent_id
          where p.status in (${st}) and tree.depth < 20
        )
        select distinct p.id, p.parent_id, p.name_ar, p.name_en, p.feature, p.lat, p.lon, p.point_is_centroid, p.country
        from places p where p.id in (select id from tree)`,
  );
  const byIdMap = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const p = byIdMap.get(id);
    if (!p) continue;
    const ancestors: PlaceLevel[] = [];
    const seen = new Set([p.id]);
    let parent = p.parent_id ? byIdMap.get(p.parent_id) : undefined;
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      ancestors.push({ id: parent.id, name: bi(parent.name_ar, parent.name_en), feature: parent.feature });
      parent = parent.parent_id ? byIdMap.get(parent.parent_id) : undefined;
    }
    out.set(id, {
      id: p.id,
      name: bi(p.name_ar, p.name_en),
      feature: p.feature,
      ...(p.lat !== null && p.lon !== null ? { point: { lat: Number(p.lat), lon: Number(p.lon) } } : {}),
      pointIsCentroid: p.point_is_centroid,
      ...(p.country ? { country: p.country } : {}),
      ancestors,
    });
  }
  return out;
}

/**
 * Events per page of an events export. A page costs about ten round trips whatever its size, and an
 * event with its parts is a few kilobytes, so a larger page than the other exports' (whose documents
 * carry whole texts) buys throughput for a few megabytes held.
 */
const EVENT_PAGE_SIZE = 1000;

/**
 * Published events matching the filter, in timeline order (sort key, id), one keyset page at a time,
 * each page hydrated with a fixed number of queries (participants, figures, relations, places, actors,
 * claims, citations, documents) — never the whole table.
 */
export async function* exportEventPages(db: Db, filter: EventExportFilter = {}, opts: StreamOptions = {}): AsyncGenerator<ExportEvent[]> {
  const size = opts.pageSize ?? EVENT_PAGE_SIZE;
  const scope = opts.scope ?? PUBLIC_SCOPE;
  const xs = exportScope(scope);
  const conds = eventFilterConditions(db, filter);
  const pages = keysetPages<typeof events.$inferSelect>(
    (after) =>
      db
        .select()
        .from(events)
        .where(
          all(
            visible(events.status, scope),
            ...conds,
            // A row comparison bounds the index scan (as in listEvents); the `or` form re-read every earlier
            // row on each page, so a whole export cost pages × rows.
            after ? sql`(${events.sortKey}, ${events.id}) > (${after.sortKey}, ${after.id})` : undefined,
          ),
        )
        .orderBy(asc(events.sortKey), asc(events.id))
        .limit(size),
    size,
    (n) => opts.onPage?.("event", n),
  );
  yield* readAhead(hydrated(pages, (rows) => hydrateEvents(db, rows, scope.statuses, xs)));
}

async function* hydrated<R, T>(pages: AsyncGenerator<R[]>, hydrate: (rows: R[]) => Promise<T[]>): AsyncGenerator<T[]> {
  for await (const rows of pages) yield await hydrate(rows);
}

/**
 * The exported parts of a page of events: participants whose actor is exported, every figure, and relations
 * to exported events. The events export and the dataset both take them from here.
 */
export function exportedEventParts(db: Db, xs: ExportScope, ids: string[]) {
  return Promise.all([
    db
      .select()
      .from(eventParticipants)
      .where(and(anyOf(eventParticipants.eventId, ids), xs.is.actor(eventParticipants.actorId))),
    db.select().from(eventQuantities).where(anyOf(eventQuantities.eventId, ids)),
    db
      .select()
      .from(eventRelations)
      .where(and(anyOf(eventRelations.eventId, ids), xs.is.event(eventRelations.relatedEventId))),
    db
      .select()
      .from(eventPlaces)
      .where(and(anyOf(eventPlaces.eventId, ids), xs.is.place(eventPlaces.placeId))),
  ]);
}

async function hydrateEvents(db: Db, rows: (typeof events.$inferSelect)[], statuses: readonly string[], xs: ExportScope): Promise<ExportEvent[]> {
  const ids = rows.map((r) => r.id);
  const [[parts, quants, rels, eplaces], conflictOk] = await Promise.all([
    exportedEventParts(db, xs, ids),
    exportedIds(db, xs, "conflict", idsOf(rows.map((r) => r.conflictId))),
  ]);
  const placeMap = await placeTrees(db, idsOf([...rows.map((r) => r.placeId), ...eplaces.map((p) => p.placeId)]), statuses);
  const quantityIds = quants.map((q) => q.id);
  const actorIds = idsOf(parts.map((p) => p.actorId));
  const [actorRows, claimRows] = await Promise.all([
    actorIds.length
      ? db
          .select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, kind: actors.kind, country: actors.country })
          .from(actors)
          .where(anyOf(actors.id, actorIds))
      : Promise.resolve([]),
    db
      .select()
      .from(claims)
      .where(and(xs.is.claim(claims.id), or(anyOf(claims.eventId, ids), quantityIds.length ? anyOf(claims.quantityId, quantityIds) : undefined)))
      .orderBy(asc(claims.id)),
  ]);
  // Claimants not already named as participants.
  const claimantIds = idsOf(claimRows.map((c) => c.claimantId)).filter((id) => !actorIds.includes(id));
  const claimantRows = claimantIds.length
    ? await db
        .select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, kind: actors.kind, country: actors.country })
        .from(actors)
        .where(anyOf(actors.id, claimantIds))
    : [];
  const claimIds = claimRows.map((c) => c.id);
  const citationRows = await db
    .select()
    .from(citations)
    .where(
      and(
        or(
          anyOf(citations.eventId, ids),
          quantityIds.length ? anyOf(citations.quantityId, quantityIds) : undefined,
          claimIds.length ? anyOf(citations.claimId, claimIds) : undefined,
        ),
        // Each citation has one target (citations_one_target) and these targets are exported by
        // construction (the page's events, their figures, the claims filtered above), so only the document
        // is asked about. The full closure test (xs.citation()) made PostgreSQL hash every event and figure
        // of the archive once per page.
        xs.is.document(citations.documentId),
      ),
    )
    .orderBy(asc(citations.documentId), asc(citations.startOffset), asc(citations.id));
  const docIds = idsOf(citationRows.map((c) => c.documentId));
  const docRows = docIds.length
    ? await db
        .select({
          id: documents.id,
          titleAr: documents.titleAr,
          titleEn: documents.titleEn,
          url: documents.url,
          publishedDate: documents.publishedDate,
          outletId: outlets.id,
          outletAr: outlets.nameAr,
          outletEn: outlets.nameEn,
          outletKind: outlets.kind,
          outletCountry: outlets.country,
        })
        .from(documents)
        .leftJoin(outlets, eq(outlets.id, documents.outletId))
        .where(anyOf(documents.id, docIds))
    : [];

  const actorMap = new Map<string, ExportActor>(
    [...actorRows, ...claimantRows].map((a) => [a.id, { id: a.id, name: bi(a.nameAr, a.nameEn), kind: a.kind, ...(a.country ? { country: a.country } : {}) }]),
  );
  const docMap = new Map<string, ExportDocumentRef>(
    docRows.map((d) => [
      d.id,
      {
        id: d.id,
        ...(optBi(d.titleAr, d.titleEn) ? { title: optBi(d.titleAr, d.titleEn) } : {}),
        ...(d.url ? { url: d.url } : {}),
        ...(d.publishedDate ? { publishedDate: d.publishedDate } : {}),
        ...(d.outletId && d.outletAr
          ? {
              outlet: {
                id: d.outletId,
                name: bi(d.outletAr, d.outletEn),
                kind: d.outletKind ?? "unknown",
                ...(d.outletCountry ? { country: d.outletCountry } : {}),
              },
            }
          : {}),
      },
    ]),
  );
  const partsBy = groupBy(parts, (p) => p.eventId);
  const quantsBy = groupBy(quants, (q) => q.eventId);
  const relsBy = groupBy(
    [...rels].sort((a, b) => (a.relatedEventId + "\u0000" + a.relation < b.relatedEventId + "\u0000" + b.relation ? -1 : 1)),
    (r) => r.eventId,
  );
  const quantityEvent = new Map(quants.map((q) => [q.id, q.eventId]));
  const placesBy = groupBy(
    eplaces.filter((p) => placeMap.has(p.placeId)),
    (p) => p.eventId,
  );
  // Claims and citations grouped by the events they belong to in one pass each (directly, through a
  // figure, or through a claim): a page's work grows with its rows, not with rows × rows.
  const claimEvents = new Map(claimRows.map((c) => [c.id, idsOf([c.eventId, c.quantityId ? quantityEvent.get(c.quantityId) : undefined])] as const));
  const claimsBy = groupByMany(claimRows, (c) => claimEvents.get(c.id) ?? []);
  const citationsBy = groupByMany(citationRows, (c) =>
    idsOf([c.eventId, c.quantityId ? quantityEvent.get(c.quantityId) : undefined, ...(c.claimId ? (claimEvents.get(c.claimId) ?? []) : [])]),
  );

  return rows.map((row) => {
    const place = row.placeId ? (placeMap.get(row.placeId) ?? null) : null;
    const inConflict = !!row.conflictId && conflictOk.has(row.conflictId);
    const full = eventOut(
      { ...row, placeId: place ? row.placeId : null, conflictId: inConflict ? row.conflictId : null, dyadId: inConflict ? row.dyadId : null },
      {
        participants: partsBy.get(row.id) ?? [],
        quantities: quantsBy.get(row.id) ?? [],
        relations: relsBy.get(row.id) ?? [],
        places: placesBy.get(row.id) ?? [],
        place: null,
      },
    );
    const { place: _omit, ...event } = full;
    const otherPlaces = [...(placesBy.get(row.id) ?? [])].sort((a, b) => a.ordinal - b.ordinal).map((p) => ({ ...placeMap.get(p.placeId)!, role: p.role }));
    void _omit;
    const eventClaims = (claimsBy.get(row.id) ?? []).map((c) => ({
      id: c.id,
      claimantId: c.claimantId,
      ...(c.outletId ? { outletId: c.outletId } : {}),
      modality: c.modality,
      confidence: c.confidence,
      statement: bi(c.statementAr, c.statementEn),
      ...(c.quantityId ? { quantityId: c.quantityId } : {}),
      documentId: c.documentId,
    }));
    const cites = (citationsBy.get(row.id) ?? []).map(citationOut);
    const eventActors = new Map<string, ExportActor>();
    for (const id of [...event.participants.map((p) => p.actorId), ...eventClaims.map((c) => c.claimantId)].sort()) {
      const a = actorMap.get(id);
      if (a) eventActors.set(id, a);
    }
    const eventDocs = new Map<string, ExportDocumentRef>();
    for (const c of cites) {
      const d = docMap.get(c.documentId);
      if (d) eventDocs.set(d.id, d);
    }
    return { event, place, otherPlaces, actors: eventActors, claims: eventClaims.sort(byId), citations: cites, documents: eventDocs };
  });
}
