import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DisputeListInput, IssueListInput, PositionListInput } from "@waqai/schema";
import type { Db } from "../client";
import { disputeIssues, disputeParties, disputes, eventIssueLinks, events, positions } from "../tables";
import { disputeOut, issueOut, linkOut, positionOut } from "../mapping/disputes";
import { citationsFor } from "./citations";
import { all, changedSince, decodeCursor, paginate, PUBLIC_SCOPE, visible, type ReadScope } from "./util";

function afterId(cursor: string | undefined) {
  return (decodeCursor(cursor, 1) as [string] | undefined)?.[0];
}

export async function listDisputes(db: Db, params: z.input<typeof DisputeListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 20;
  const after = afterId(params.cursor);
  const rows = await db
    .select()
    .from(disputes)
    .where(all(visible(disputes.status, scope), changedSince(disputes.updatedAt, params.updatedSince), after ? gt(disputes.id, after) : undefined))
    .orderBy(asc(disputes.id))
    .limit(limit + 1);
  const ids = rows.slice(0, limit).map((r) => r.id);
  const parties = ids.length ? await db.select().from(disputeParties).where(inArray(disputeParties.disputeId, ids)) : [];
  return paginate(
    rows,
    limit,
    (d) =>
      disputeOut(
        d,
        parties.filter((p) => p.disputeId === d.id),
      ),
    (r) => [r.id],
  );
}

export async function getDispute(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const [row] = await db
    .select()
    .from(disputes)
    .where(and(eq(disputes.id, id), visible(disputes.status, scope)));
  if (!row) return null;
  const [parties, issues, links] = await Promise.all([
    db.select().from(disputeParties).where(eq(disputeParties.disputeId, id)),
    db
      .select()
      .from(disputeIssues)
      .where(and(eq(disputeIssues.disputeId, id), visible(disputeIssues.status, scope)))
      .orderBy(asc(disputeIssues.ordinal)),
    db
      .select({ link: eventIssueLinks })
      .from(eventIssueLinks)
      .innerJoin(events, eq(events.id, eventIssueLinks.eventId))
      .where(and(eq(eventIssueLinks.disputeId, id), visible(events.status, scope))),
  ]);
  const citations = await citationsFor(db, { dispute: [id], issue: issues.map((i) => i.id) }, scope);
  return { ...disputeOut(row, parties), issues: issues.map(issueOut), eventLinks: links.map((l) => linkOut(l.link)), citations };
}

export async function listIssues(db: Db, params: z.input<typeof IssueListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 20;
  // Issues read in the order their dispute lists them: (dispute, ordinal).
  const after = decodeCursor(params.cursor, 2) as [string, number] | undefined;
  const rows = await db
    .select()
    .from(disputeIssues)
    .where(
      all(
        visible(disputeIssues.status, scope),
        params.disputeId ? eq(disputeIssues.disputeId, params.disputeId) : undefined,
        changedSince(disputeIssues.updatedAt, params.updatedSince),
        // Row comparison so the index bounds the scan (see listEvents).
        after ? sql`(${disputeIssues.disputeId}, ${disputeIssues.ordinal}) > (${after[0]}, ${after[1]})` : undefined,
      ),
    )
    .orderBy(asc(disputeIssues.disputeId), asc(disputeIssues.ordinal))
    .limit(limit + 1);
  return paginate(rows, limit, issueOut, (r) => [r.disputeId, r.ordinal]);
}

export async function getIssue(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const [row] = await db
    .select()
    .from(disputeIssues)
    .where(and(eq(disputeIssues.id, id), visible(disputeIssues.status, scope)));
  if (!row) return null;
  const pos = await db
    .select()
    .from(positions)
    .where(and(eq(positions.issueId, id), visible(positions.status, scope)))
    .orderBy(asc(positions.id));
  const citations = await citationsFor(db, { issue: [id], position: pos.map((p) => p.id) }, scope);
  return { ...issueOut(row), positions: pos.map(positionOut), citations };
}

export async function listPositions(db: Db, params: z.input<typeof PositionListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const limit = params.limit ?? 20;
  const after = afterId(params.cursor);
  const rows = await db
    .select()
    .from(positions)
    .where(
      all(
        visible(positions.status, scope),
        params.issueId ? eq(positions.issueId, params.issueId) : undefined,
        params.actorId ? eq(positions.actorId, params.actorId) : undefined,
        changedSince(positions.updatedAt, params.updatedSince),
        after ? gt(positions.id, after) : undefined,
      ),
    )
    .orderBy(asc(positions.id))
    .limit(limit + 1);
  return paginate(rows, limit, positionOut, (r) => [r.id]);
}

export async function getPosition(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.id, id), visible(positions.status, scope)));
  return row ? positionOut(row) : null;
}
