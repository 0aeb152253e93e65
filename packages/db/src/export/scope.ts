import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { PUBLIC_SCOPE, type ReadScope } from "../queries/util";
import { actors, citations, claims, conflicts, disputeIssues, disputes, documents, eventQuantities, events, places, positions } from "../tables";

/**
 * Which records a bulk export contains: the records in the read scope (the public sees published ones)
 * whose required references are exported too — the "export closure". An export must load into an empty
 * database, so a published claim whose claimant is still a draft cannot be in it (claims.claimant_id is
 * NOT NULL), and an optional reference to a record outside the scope (an event's draft place, a draft
 * participant) is left out of the exported record rather than leaking the unpublished record.
 *
 *   outlet    always (outlets carry no editorial status; they are public)
 *   document, place, actor, conflict, event, dispute   in scope
 *   quantity  its event is exported
 *   issue     in scope, and its dispute is exported
 *   position  in scope, its issue and actor exported, and (not framed, or framed by an exported actor or an outlet)
 *   claim     in scope, document and claimant exported, and about at least one exported event, figure or position
 *   citation  its document and its target are exported
 *   link      (event-issue) its event and dispute are exported, and its issue if it names one
 *
 * Each predicate takes the id (a column or SQL) of the record it asks about; a NULL id is "not exported".
 * Aliases are distinct per kind so nested predicates never shadow each other.
 */
export type ExportKind = "document" | "place" | "actor" | "conflict" | "event" | "dispute" | "quantity" | "issue" | "position" | "claim";

type IdRef = AnyPgColumn | SQL;

export interface ExportScope {
  scope: ReadScope;
  is: Record<ExportKind, (id: IdRef) => SQL>;
  /** A citation row (the `citations` table in the outer query) is exported. */
  citation: () => SQL;
}

export function exportScope(scope: ReadScope = PUBLIC_SCOPE): ExportScope {
  const st = sql.join(
    scope.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const simple = (table: string, alias: string) => (id: IdRef) =>
    sql`exists (select 1 from ${sql.raw(table)} ${sql.raw(alias)} where ${sql.raw(alias)}.id = ${id} and ${sql.raw(alias)}.status in (${st}))`;
  const is: Record<ExportKind, (id: IdRef) => SQL> = {
    document: simple("documents", "x_doc"),
    place: simple("places", "x_place"),
    actor: simple("actors", "x_actor"),
    event: simple("events", "x_event"),
    dispute: simple("disputes", "x_dispute"),
    conflict: simple("conflicts", "x_conflict"),
    quantity: (id: IdRef) =>
      sql`exists (select 1 from event_quantities x_qty join events x_qev on x_qev.id = x_qty.event_id where x_qty.id = ${id} and x_qev.status in (${st}))`,
    issue: (id: IdRef) =>
      sql`exists (select 1 from dispute_issues x_issue where x_issue.id = ${id} and x_issue.status in (${st}) and ${is.dispute(sql.raw("x_issue.dispute_id"))})`,
    position: (id: IdRef) =>
      sql`exists (select 1 from positions x_pos where x_pos.id = ${id} and x_pos.status in (${st})
        and ${is.issue(sql.raw("x_pos.issue_id"))} and ${is.actor(sql.raw("x_pos.actor_id"))}
        and (x_pos.basis <> 'framed' or x_pos.framed_by_outlet_id is not null or ${is.actor(sql.raw("x_pos.framed_by_actor_id"))}))`,
    claim: (id: IdRef) =>
      sql`exists (select 1 from claims x_claim where x_claim.id = ${id} and x_claim.status in (${st})
        and ${is.document(sql.raw("x_claim.document_id"))} and ${is.actor(sql.raw("x_claim.claimant_id"))}
        and (${is.event(sql.raw("x_claim.event_id"))} or ${is.quantity(sql.raw("x_claim.quantity_id"))} or ${is.position(sql.raw("x_claim.position_id"))}))`,
  };

  const c = citations;
  const citation = () => sql`${is.document(c.documentId)} and case ${c.targetKind}
      when 'event' then ${is.event(c.eventId)}
      when 'quantity' then ${is.quantity(c.quantityId)}
      when 'claim' then ${is.claim(c.claimId)}
      when 'position' then ${is.position(c.positionId)}
      when 'dispute' then ${is.dispute(c.disputeId)}
      when 'issue' then ${is.issue(c.issueId)}
      when 'actor' then ${is.actor(c.actorId)}
      when 'place' then ${is.place(c.placeId)}
      when 'document' then ${is.document(c.targetDocumentId)}
      when 'conflict' then ${is.conflict(c.conflictId)}
      else false end`;

  return { scope, is, citation };
}

/**
 * When a citation last changed for sync purposes: citations carry no timestamps of their own, so a
 * citation counts as changed when its document or the record it supports changed (a figure: its event).
 */
export function citationUpdatedAt(): SQL {
  const c = citations;
  return sql`greatest(
    (select x.updated_at from documents x where x.id = ${c.documentId}),
    coalesce(
      (select x.updated_at from events x where x.id = ${c.eventId}),
      (select e.updated_at from event_quantities q join events e on e.id = q.event_id where q.id = ${c.quantityId}),
      (select x.updated_at from claims x where x.id = ${c.claimId}),
      (select x.updated_at from positions x where x.id = ${c.positionId}),
      (select x.updated_at from disputes x where x.id = ${c.disputeId}),
      (select x.updated_at from dispute_issues x where x.id = ${c.issueId}),
      (select x.updated_at from actors x where x.id = ${c.actorId}),
      (select x.updated_at from places x where x.id = ${c.placeId}),
      (select x.updated_at from documents x where x.id = ${c.targetDocumentId}),
      (select x.updated_at from conflicts x where x.id = ${c.conflictId})
    ))`;
}

const TABLE_OF: Record<ExportKind | "citation", PgTable & { id: AnyPgColumn }> = {
  document: documents,
  place: places,
  actor: actors,
  event: events,
  dispute: disputes,
  conflict: conflicts,
  quantity: eventQuantities,
  issue: disputeIssues,
  position: positions,
  claim: claims,
  citation: citations,
};

/**
 * Which of these ids are exported records of that kind: one query over at most a page of ids. The
 * exporters page through a table with cheap conditions and ask this per page, rather than putting the
 * nested closure predicates on the whole table (PostgreSQL may hash a whole table per query for them).
 */
export async function exportedIds(db: Db, xs: ExportScope, kind: ExportKind | "citation", ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const table = TABLE_OF[kind];
  const rows = (await db
    .select({ id: table.id })
    .from(table)
    .where(and(inArray(table.id, ids), kind === "citation" ? xs.citation() : xs.is[kind](table.id)))) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}
