import { z } from "zod";
import { BilingualText, Editorial, Id, PartialDate, Voice } from "./common";

export const DisputeKind = z.enum(["interstate", "intrastate", "diplomatic", "territorial", "other"]);
export const DisputeStatus = z.enum(["active", "dormant", "settled", "unknown"]);
export const Side = z.enum(["a", "b", "third_party"]);

export const DisputeParty = z.object({ actorId: Id, side: Side });

/** ICOW-style: parties on sides, with issues under it (IBIS: issue -> position). */
export const DisputeBase = z.object({
  id: Id,
  title: BilingualText,
  summary: BilingualText.optional(),
  kind: DisputeKind,
  /** Named apart from the editorial `status` (draft/published...) that every record also carries. */
  disputeStatus: DisputeStatus,
  parties: z.array(DisputeParty).min(2),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
});
export const Dispute = DisputeBase.and(Editorial);
export type Dispute = z.infer<typeof Dispute>;

export const IssueType = z.enum(["military", "humanitarian", "accountability", "diplomatic", "security", "territorial", "weapons", "other"]);
export const IssueStatus = z.enum(["open", "narrowing", "resolved", "unknown"]);

export const DisputeIssueBase = z.object({
  id: Id,
  disputeId: Id,
  /** 1-based order as the source lists the points of contention. */
  ordinal: z.number().int().min(1),
  title: BilingualText,
  issueType: IssueType,
  /** Named apart from the editorial `status` (draft/published...). */
  issueStatus: IssueStatus,
});
export const DisputeIssue = DisputeIssueBase.and(Editorial);
export type DisputeIssue = z.infer<typeof DisputeIssue>;

/**
 * What the actor does about the issue. `proposes` (a suggestion, «اقتراح») is kept apart from `demands`
 * («يطالب»); `accused` is the actor's position as others frame it (accused of it), `accuses` its own charge.
 */
export const Stance = z.enum(["supports", "opposes", "proposes", "demands", "rejects", "accused", "accuses", "denies", "agrees", "unclear"]);
/** In whose words the position is: the actor's own (quoted), reported by the outlet or another actor, or someone's framing. */
export const PositionBasis = Voice;

export const PositionBase = z
  .object({
    id: Id,
    issueId: Id,
    actorId: Id,
    stance: Stance,
    statement: BilingualText,
    basis: PositionBasis,
    framedByActorId: Id.optional(),
    framedByOutletId: Id.optional(),
    date: PartialDate.optional(),
  })
  .refine((p) => p.basis !== "framed" || p.framedByActorId || p.framedByOutletId, {
    path: ["framedByActorId"],
    message: "a framed position must say whose framing it is",
  });
export const Position = PositionBase.and(Editorial);
export type Position = z.infer<typeof Position>;

export const IssueLinkRelation = z.enum(["evidence_for", "escalates", "de_escalates", "settlement_attempt", "context"]);
/** An event bears on a dispute as a whole or, when issueId is set, on one of its points. */
export const EventIssueLink = z.object({
  eventId: Id,
  disputeId: Id,
  issueId: Id.optional(),
  relation: IssueLinkRelation,
  note: BilingualText.optional(),
});
export type EventIssueLink = z.infer<typeof EventIssueLink>;
