import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { DisputeListInput, IssueListInput, PositionListInput } from "@waqai/schema";
import type { Db } from "../client";
import { disputeIssues, disputeParties, disputes, eventIssueLinks, events, positions } from "../tables";
import { disputeOut, issueOut, linkOut, positionOut } from "../mapping/disputes";
import { citationsFor } from "./citations";
import { all, changedSince, keysetPageAndTotal, paginate, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { pageById, visibleById } from "./by-id";

export async function listDisputes(db: Db, params: z.input<typeof DisputeListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, disputes, params, [visible(disputes.status, scope)]);
  const ids = read.rows.slice(0, read.limit).map((r) => r.id);
  const parties = ids.length ? await db.select().from(disputeParties).where(inArray(disputeParties.disputeId, ids)) : [];
  const page = paginate(
    read,
    (d) =>
      disputeOut(
        d,
        parties.filter((p) => p.disputeId === d.id),
      ),
    (r) => [r.id],
  );
  return { ...page, total };
}

export async function getDispute(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, disputes, id, scope);
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
  // Issues read in the order their dispute lists them: (dispute, ordinal).
  const { read, total } = await keysetPageAndTotal(db, disputeIssues, {
    where: all(
      visible(disputeIssues.status, scope),
      params.disputeId ? eq(disputeIssues.disputeId, params.disputeId) : undefined,
      changedSince(disputeIssues.updatedAt, params.updatedSince),
    ),
    cols: [disputeIssues.disputeId, disputeIssues.ordinal],
    order: "asc",
    cursor: params.cursor,
    limit: params.limit ?? 20,
  });
  return { ...paginate(read, issueOut, (r) => [r.disputeId, r.ordinal]), total };
}

export async function getIssue(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, disputeIssues, id, scope);
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
  const { read, total } = await pageById(db, positions, params, [
    visible(positions.status, scope),
    params.issueId ? eq(positions.issueId, params.issueId) : undefined,
    params.actorId ? eq(positions.actorId, params.actorId) : undefined,
  ]);
  return { ...paginate(read, positionOut, (r) => [r.id]), total };
}

export async function getPosition(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, positions, id, scope);
  return row ? positionOut(row) : null;
}
