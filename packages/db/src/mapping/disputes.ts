import type { z } from "zod";
import type { Dispute, DisputeBase, DisputeIssue, DisputeIssueBase, EventIssueLink, Position, PositionBase } from "@waqai/schema";
import type { disputeIssues, disputeParties, disputes, eventIssueLinks, positions } from "../tables";
import { arOf, bi, compact, editorial, editorialColumns, enOf, opt, optBi, type EditorialIn, type Row } from "./util";

export function disputeOut(d: typeof disputes.$inferSelect, parties: (typeof disputeParties.$inferSelect)[]): Dispute {
  return {
    ...compact({
      id: d.id,
      title: bi(d.titleAr, d.titleEn),
      summary: optBi(d.summaryAr, d.summaryEn),
      kind: d.kind as Dispute["kind"],
      disputeStatus: d.disputeStatus as Dispute["disputeStatus"],
      parties: [...parties].sort((a, b) => a.ordinal - b.ordinal).map((p) => ({ actorId: p.actorId, side: p.side as "a" | "b" | "third_party" })),
      start: opt(d.startDate),
      end: opt(d.endDate),
    }),
    ...editorial(d),
  };
}

export function issueOut(i: typeof disputeIssues.$inferSelect): DisputeIssue {
  return {
    id: i.id,
    disputeId: i.disputeId,
    ordinal: i.ordinal,
    title: bi(i.titleAr, i.titleEn),
    issueType: i.issueType as DisputeIssue["issueType"],
    issueStatus: i.issueStatus as DisputeIssue["issueStatus"],
    ...editorial(i),
  };
}

export function positionOut(p: typeof positions.$inferSelect): Position {
  return {
    ...compact({
      id: p.id,
      issueId: p.issueId,
      actorId: p.actorId,
      stance: p.stance as Position["stance"],
      statement: bi(p.statementAr, p.statementEn),
      basis: p.basis as Position["basis"],
      framedByActorId: opt(p.framedByActorId),
      framedByOutletId: opt(p.framedByOutletId),
      date: opt(p.statedDate),
    }),
    ...editorial(p),
  };
}

export function linkOut(l: typeof eventIssueLinks.$inferSelect): EventIssueLink {
  return compact({
    eventId: l.eventId,
    disputeId: l.disputeId,
    issueId: opt(l.issueId),
    relation: l.relation as EventIssueLink["relation"],
    note: optBi(l.noteAr, l.noteEn),
  });
}

export function disputeRow(d: z.input<typeof DisputeBase> & EditorialIn): Row {
  return {
    id: d.id,
    titleAr: d.title.ar,
    titleEn: enOf(d.title),
    summaryAr: arOf(d.summary),
    summaryEn: enOf(d.summary),
    kind: d.kind,
    disputeStatus: d.disputeStatus,
    startDate: d.start,
    endDate: d.end,
    ...editorialColumns(d),
  };
}

/** A dispute's parties as rows, in the dispute's order. */
export function disputePartyRows(d: Pick<z.input<typeof DisputeBase>, "id" | "parties">) {
  return d.parties.map((p, i) => ({ disputeId: d.id, actorId: p.actorId, side: p.side, ordinal: i + 1 }));
}

export function issueRow(i: z.input<typeof DisputeIssueBase> & EditorialIn): Row {
  return {
    id: i.id,
    disputeId: i.disputeId,
    ordinal: i.ordinal,
    titleAr: i.title.ar,
    titleEn: enOf(i.title),
    issueType: i.issueType,
    issueStatus: i.issueStatus,
    ...editorialColumns(i),
  };
}

export function positionRow(p: z.input<typeof PositionBase> & EditorialIn): Row {
  return {
    id: p.id,
    issueId: p.issueId,
    actorId: p.actorId,
    stance: p.stance,
    statementAr: p.statement.ar,
    statementEn: enOf(p.statement),
    basis: p.basis,
    framedByActorId: p.framedByActorId,
    framedByOutletId: p.framedByOutletId,
    statedDate: p.date,
    ...editorialColumns(p),
  };
}

export function linkRow(l: EventIssueLink): Row {
  return { eventId: l.eventId, disputeId: l.disputeId, issueId: l.issueId, relation: l.relation, noteAr: arOf(l.note), noteEn: enOf(l.note) };
}
