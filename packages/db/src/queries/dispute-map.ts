import type { Dispute, DisputeIssue, EventIssueLink, Position } from "@waqai/schema";
import type { disputeIssues, disputeParties, disputes, eventIssueLinks, positions } from "../tables";
import { bi, compact, editorial, opt, optBi } from "./util";

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
