import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Citation, CitationListInput, CitationTargetKind } from "@waqai/schema";
import type { Db } from "../client";
import { citations } from "../tables";
import { all, keysetPageAndTotal, paginate, PUBLIC_SCOPE, type ReadScope } from "./util";
import { citationOut } from "../mapping/citations";

/** The column that holds the target id for each target kind. */
export const TARGET_COLUMN = {
  event: citations.eventId,
  quantity: citations.quantityId,
  claim: citations.claimId,
  position: citations.positionId,
  dispute: citations.disputeId,
  issue: citations.issueId,
  actor: citations.actorId,
  place: citations.placeId,
  document: citations.targetDocumentId,
  conflict: citations.conflictId,
} as const satisfies Record<CitationTargetKind, unknown>;

/**
 * A citation is visible when its document and its target are: a published event's citations show,
 * a draft claim's do not. Figures follow their event.
 */
export function citationVisible(scope: ReadScope): SQL {
  const st = sql.join(
    scope.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const ok = (table: string, col: AnyPgColumn) =>
    sql`(${col} is null or exists (select 1 from ${sql.raw(table)} t where t.id = ${col} and t.status in (${st})))`;
  return sql`exists (select 1 from documents d where d.id = ${citations.documentId} and d.status in (${st}))
    and ${ok("events", citations.eventId)} and ${ok("claims", citations.claimId)} and ${ok("positions", citations.positionId)}
    and ${ok("disputes", citations.disputeId)} and ${ok("dispute_issues", citations.issueId)} and ${ok("actors", citations.actorId)}
    and ${ok("places", citations.placeId)} and ${ok("documents", citations.targetDocumentId)} and ${ok("conflicts", citations.conflictId)}
    and (${citations.quantityId} is null or exists (select 1 from event_quantities q join events e on e.id = q.event_id
         where q.id = ${citations.quantityId} and e.status in (${st})))`;
}

/**
 * Sync for citations: a citation "changed" when it did, or when its document or target did — a
 * citation becomes visible the moment its event is published, long after it was made.
 */
export function citationChangedSince(since: string | undefined): SQL | undefined {
  if (!since) return undefined;
  const at = new Date(since);
  const touched = (table: string, col: AnyPgColumn) =>
    sql`(${col} is not null and exists (select 1 from ${sql.raw(table)} t where t.id = ${col} and t.updated_at > ${at}))`;
  return sql`(${citations.updatedAt} > ${at}
    or exists (select 1 from documents d where d.id = ${citations.documentId} and d.updated_at > ${at})
    or ${touched("events", citations.eventId)} or ${touched("claims", citations.claimId)} or ${touched("positions", citations.positionId)}
    or ${touched("disputes", citations.disputeId)} or ${touched("dispute_issues", citations.issueId)} or ${touched("actors", citations.actorId)}
    or ${touched("places", citations.placeId)} or ${touched("documents", citations.targetDocumentId)} or ${touched("conflicts", citations.conflictId)}
    or (${citations.quantityId} is not null and exists (select 1 from event_quantities q join events e on e.id = q.event_id
         where q.id = ${citations.quantityId} and e.updated_at > ${at})))`;
}

/** Every citation pointing at any of the given targets, in document order. */
export async function citationsFor(db: Db, targets: Partial<Record<CitationTargetKind, string[]>>, scope: ReadScope = PUBLIC_SCOPE): Promise<Citation[]> {
  const conds: SQL[] = [];
  for (const [kind, ids] of Object.entries(targets) as [CitationTargetKind, string[]][]) {
    if (ids.length) conds.push(inArray(TARGET_COLUMN[kind], ids));
  }
  if (!conds.length) return [];
  const rows = await db
    .select()
    .from(citations)
    .where(and(or(...conds), citationVisible(scope)))
    .orderBy(asc(citations.documentId), asc(citations.startOffset), asc(citations.id));
  return rows.map(citationOut);
}

export async function listCitations(db: Db, params: z.input<typeof CitationListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await keysetPageAndTotal(db, citations, {
    where: all(
      citationVisible(scope),
      params.documentId ? eq(citations.documentId, params.documentId) : undefined,
      params.targetKind ? eq(citations.targetKind, params.targetKind) : undefined,
      params.targetId
        ? params.targetKind
          ? eq(TARGET_COLUMN[params.targetKind], params.targetId)
          : or(...Object.values(TARGET_COLUMN).map((col) => eq(col, params.targetId!)))
        : undefined,
      citationChangedSince(params.updatedSince),
    ),
    cols: [citations.id],
    order: "asc",
    cursor: params.cursor,
    limit: params.limit ?? 20,
  });
  return { ...paginate(read, citationOut, (r) => [r.id]), total };
}

export async function getCitation(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE): Promise<Citation | null> {
  const [row] = await db
    .select()
    .from(citations)
    .where(and(eq(citations.id, id), citationVisible(scope)));
  return row ? citationOut(row) : null;
}
