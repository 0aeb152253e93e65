import { and, asc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  actors,
  citations,
  claims,
  conflictDyads,
  conflictParties,
  conflicts,
  disputeIssues,
  disputeParties,
  disputes,
  documents,
  eventIssueLinks,
  events,
  outlets,
  places,
  positions,
} from "../tables";
import { conflictOut } from "../mapping/conflicts";
import { actorOut, claimOut, documentOut, outletOut, placeOut } from "../mapping/entities";
import { disputeOut, issueOut, linkOut, positionOut } from "../mapping/disputes";
import { eventOut } from "../mapping/events";
import { citationOut } from "../mapping/citations";
import { all, PUBLIC_SCOPE, visible } from "../queries/util";
import { exportedIds, exportScope } from "./scope";
import { exportedEventParts } from "./events";
import { DEFAULT_PAGE_SIZE, groupBy, idsOf, keysetPages, type StreamOptions } from "./pages";

/**
 * The dataset export, `dataset.jsonl`: every record of the export closure (see scope.ts) in full, one JSON
 * object per line, so both the export and the import stream.
 *
 *   line 1      {"format":"waqai-dataset","version":1,"scope":["published"]}
 *   then        {"kind":"<kind>","record":{...}}   kinds in DATASET_KINDS order, each sorted by id
 *   last line   {"kind":"end","counts":{"outlet":n,...}}   (an import refuses a file without it: truncated)
 *
 * Records have the shapes of the domain schema (`/api/v1/schema.json`): Outlet, Document (with its text),
 * Place, Actor, Conflict (parties and dyads inside), Event (participants, figures, relations and other places
 * inside), Dispute (parties inside), DisputeIssue,
 * Position, Claim, EventIssueLink, Citation — with status, version, createdAt and updatedAt, which the
 * import keeps, so export -> import into an empty database -> export is byte-identical.
 */
export const DATASET_FORMAT = "waqai-dataset";
/** Version 2 added conflicts (with parties and dyads), events' conflict, dyad, date window and other places. */
export const DATASET_VERSION = 2;
export const DATASET_KINDS = [
  "outlet",
  "document",
  "place",
  "actor",
  "conflict",
  "event",
  "dispute",
  "issue",
  "position",
  "claim",
  "eventIssueLink",
  "citation",
] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export interface DatasetHeader {
  format: typeof DATASET_FORMAT;
  version: number;
  scope: string[];
}

const line = (kind: DatasetKind, record: unknown) => `${JSON.stringify({ kind, record })}\n`;

/** Keyset by id over one table, filtered; yields pages of rows. */
function byIdPages<T extends PgTable & { id: AnyPgColumn }>(db: Db, table: T, where: SQL | undefined, size: number, onPage: (n: number) => void) {
  return keysetPages<T["$inferSelect"]>(
    (after) =>
      db
        .select()
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc rejects the generic T here (drizzle's TableLikeHasEmptySelection<T> does not resolve for an unresolved T); the rule misreads it
        .from(table as PgTable)
        .where(all(where, after ? gt(table.id, after.id) : undefined))
        .orderBy(asc(table.id))
        .limit(size),
    size,
    onPage,
  );
}

/**
 * Streams dataset.jsonl, one chunk per page. Each kind is read by id with keyset cursors; the records a
 * page refers to are checked against the export closure with one query per reference kind.
 */
export async function* datasetJsonl(db: Db, opts: StreamOptions = {}): AsyncGenerator<string> {
  const size = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  const scope = opts.scope ?? PUBLIC_SCOPE;
  const xs = exportScope(scope);
  const counts: Record<string, number> = Object.fromEntries(DATASET_KINDS.map((k) => [k, 0]));
  const seen = (kind: DatasetKind) => (n: number) => opts.onPage?.(kind, n);
  const header: DatasetHeader = { format: DATASET_FORMAT, version: DATASET_VERSION, scope: [...scope.statuses] };
  yield `${JSON.stringify(header)}\n`;

  const emit = (kind: DatasetKind, records: unknown[]) => {
    counts[kind]! += records.length;
    return records.map((r) => line(kind, r)).join("");
  };

  for await (const rows of byIdPages(db, outlets, undefined, size, seen("outlet"))) yield emit("outlet", rows.map(outletOut));

  // Texts can be long: fewer documents per page.
  for await (const rows of byIdPages(db, documents, visible(documents.status, scope), Math.max(1, Math.min(size, 50)), seen("document"))) {
    yield emit("document", rows.map(documentOut));
  }

  for await (const rows of byIdPages(db, places, visible(places.status, scope), size, seen("place"))) {
    const ok = await exportedIds(db, xs, "place", idsOf(rows.map((r) => r.parentId)));
    yield emit(
      "place",
      rows.map((r) => placeOut({ ...r, parentId: r.parentId && ok.has(r.parentId) ? r.parentId : null })),
    );
  }

  for await (const rows of byIdPages(db, actors, visible(actors.status, scope), size, seen("actor"))) {
    const ok = await exportedIds(db, xs, "actor", idsOf([...rows.map((r) => r.parentId), ...rows.flatMap((r) => r.offices.map((o) => o.organizationId))]));
    yield emit(
      "actor",
      rows.map((r) =>
        actorOut({
          ...r,
          parentId: r.parentId && ok.has(r.parentId) ? r.parentId : null,
          offices: r.offices.map((o) => {
            if (!o.organizationId || ok.has(o.organizationId)) return o;
            const { organizationId: _gone, ...rest } = o;
            void _gone;
            return rest;
          }),
        }),
      ),
    );
  }

  for await (const rows of byIdPages(db, conflicts, visible(conflicts.status, scope), size, seen("conflict"))) {
    const ids = rows.map((r) => r.id);
    const [parties, dyads] = await Promise.all([
      db
        .select()
        .from(conflictParties)
        .where(and(inArray(conflictParties.conflictId, ids), xs.is.actor(conflictParties.actorId))),
      db.select().from(conflictDyads).where(inArray(conflictDyads.conflictId, ids)),
    ]);
    const partiesBy = groupBy(parties, (p) => p.conflictId);
    const shown = new Set(parties.map((p) => `${p.conflictId} ${p.actorId}`));
    const dyadsBy = groupBy(
      dyads.filter((d) => shown.has(`${d.conflictId} ${d.sideAId}`) && shown.has(`${d.conflictId} ${d.sideBId}`)),
      (d) => d.conflictId,
    );
    yield emit(
      "conflict",
      rows.map((r) => conflictOut(r, partiesBy.get(r.id) ?? [], dyadsBy.get(r.id) ?? [])),
    );
  }

  for await (const rows of byIdPages(db, events, visible(events.status, scope), size, seen("event"))) {
    const ids = rows.map((r) => r.id);
    const [[parts, quants, rels, eplaces], placeOk, conflictOk] = await Promise.all([
      exportedEventParts(db, xs, ids),
      exportedIds(db, xs, "place", idsOf(rows.map((r) => r.placeId))),
      exportedIds(db, xs, "conflict", idsOf(rows.map((r) => r.conflictId))),
    ]);
    const placesBy = groupBy(eplaces, (p) => p.eventId);
    const partsBy = groupBy(parts, (p) => p.eventId);
    const quantsBy = groupBy(quants, (q) => q.eventId);
    const relKey = (r: (typeof rels)[number]) => `${r.relatedEventId}\u0000${r.relation}`;
    const relsBy = groupBy(
      [...rels].sort((a, b) => (relKey(a) < relKey(b) ? -1 : relKey(a) > relKey(b) ? 1 : 0)),
      (r) => r.eventId,
    );
    yield emit(
      "event",
      rows.map((r) => {
        const inConflict = !!r.conflictId && conflictOk.has(r.conflictId);
        const { place: _p, ...event } = eventOut(
          {
            ...r,
            placeId: r.placeId && placeOk.has(r.placeId) ? r.placeId : null,
            conflictId: inConflict ? r.conflictId : null,
            dyadId: inConflict ? r.dyadId : null,
          },
          {
            participants: partsBy.get(r.id) ?? [],
            quantities: quantsBy.get(r.id) ?? [],
            relations: relsBy.get(r.id) ?? [],
            places: placesBy.get(r.id) ?? [],
            place: null,
          },
        );
        void _p;
        return event;
      }),
    );
  }

  for await (const rows of byIdPages(db, disputes, visible(disputes.status, scope), size, seen("dispute"))) {
    const parties = await db
      .select()
      .from(disputeParties)
      .where(
        and(
          inArray(
            disputeParties.disputeId,
            rows.map((r) => r.id),
          ),
          xs.is.actor(disputeParties.actorId),
        ),
      );
    const by = groupBy(parties, (p) => p.disputeId);
    yield emit(
      "dispute",
      rows.map((r) => disputeOut(r, by.get(r.id) ?? [])),
    );
  }

  for await (const rows of byIdPages(db, disputeIssues, all(visible(disputeIssues.status, scope), xs.is.dispute(disputeIssues.disputeId)), size, seen("issue")))
    yield emit("issue", rows.map(issueOut));

  for await (const page of byIdPages(db, positions, visible(positions.status, scope), size, seen("position"))) {
    const keep = await exportedIds(
      db,
      xs,
      "position",
      page.map((r) => r.id),
    );
    const rows = page.filter((r) => keep.has(r.id));
    const ok = await exportedIds(db, xs, "actor", idsOf(rows.map((r) => r.framedByActorId)));
    yield emit(
      "position",
      rows.map((r) => positionOut({ ...r, framedByActorId: r.framedByActorId && ok.has(r.framedByActorId) ? r.framedByActorId : null })),
    );
  }

  for await (const page of byIdPages(db, claims, visible(claims.status, scope), size, seen("claim"))) {
    const keep = await exportedIds(
      db,
      xs,
      "claim",
      page.map((r) => r.id),
    );
    const rows = page.filter((r) => keep.has(r.id));
    const [ev, qt, ps] = await Promise.all([
      exportedIds(db, xs, "event", idsOf(rows.map((r) => r.eventId))),
      exportedIds(db, xs, "quantity", idsOf(rows.map((r) => r.quantityId))),
      exportedIds(db, xs, "position", idsOf(rows.map((r) => r.positionId))),
    ]);
    yield emit(
      "claim",
      rows.map((r) =>
        claimOut({
          ...r,
          eventId: r.eventId && ev.has(r.eventId) ? r.eventId : null,
          quantityId: r.quantityId && qt.has(r.quantityId) ? r.quantityId : null,
          positionId: r.positionId && ps.has(r.positionId) ? r.positionId : null,
        }),
      ),
    );
  }

  // Links have no id: keyset on their unique key (event, dispute, issue or '', relation).
  type LinkRow = typeof eventIssueLinks.$inferSelect;
  const l = eventIssueLinks;
  const issueKey = sql`coalesce(${l.issueId}, '')`;
  const links = keysetPages<LinkRow>(
    (after) =>
      db
        .select()
        .from(l)
        .where(
          all(
            after
              ? or(
                  gt(l.eventId, after.eventId),
                  and(eq(l.eventId, after.eventId), gt(l.disputeId, after.disputeId)),
                  and(eq(l.eventId, after.eventId), eq(l.disputeId, after.disputeId), sql`${issueKey} > ${after.issueId ?? ""}`),
                  and(
                    eq(l.eventId, after.eventId),
                    eq(l.disputeId, after.disputeId),
                    sql`${issueKey} = ${after.issueId ?? ""}`,
                    gt(l.relation, after.relation),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(asc(l.eventId), asc(l.disputeId), asc(issueKey), asc(l.relation))
        .limit(size),
    size,
    seen("eventIssueLink"),
  );
  for await (const page of links) {
    const [ev, dsp, iss] = await Promise.all([
      exportedIds(db, xs, "event", idsOf(page.map((r) => r.eventId))),
      exportedIds(db, xs, "dispute", idsOf(page.map((r) => r.disputeId))),
      exportedIds(db, xs, "issue", idsOf(page.map((r) => r.issueId))),
    ]);
    yield emit("eventIssueLink", page.filter((r) => ev.has(r.eventId) && dsp.has(r.disputeId) && (!r.issueId || iss.has(r.issueId))).map(linkOut));
  }

  for await (const page of byIdPages(db, citations, undefined, size, seen("citation"))) {
    const keep = await exportedIds(
      db,
      xs,
      "citation",
      page.map((r) => r.id),
    );
    yield emit("citation", page.filter((r) => keep.has(r.id)).map(citationOut));
  }

  yield `${JSON.stringify({ kind: "end", counts })}\n`;
}
