import { check, index, integer, pgTable, primaryKey, text, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { DisputeKind, DisputeStatus, IssueLinkRelation, IssueStatus, IssueType, PositionBasis, Side, Stance } from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, oneOf, labelSearchIndex } from "./columns";
import { actors } from "./actors";
import { outlets } from "./sources";
import { events } from "./events";

export const disputes = pgTable(
  "disputes",
  {
    id: text().primaryKey(),
    titleAr: text().notNull(),
    titleEn: text(),
    summaryAr: text(),
    summaryEn: text(),
    kind: text().notNull(),
    disputeStatus: text().notNull(),
    startDate: text(),
    endDate: text(),
    ...editorialColumns(),
  },
  (t) => [
    check("disputes_kind_check", oneOf(t.kind, DisputeKind.options)),
    check("disputes_dispute_status_check", oneOf(t.disputeStatus, DisputeStatus.options)),
    check("disputes_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    index("disputes_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("disputes_title_search_idx", t.titleAr),
  ],
);

export const disputeParties = pgTable(
  "dispute_parties",
  {
    disputeId: text()
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    side: text().notNull(),
    ordinal: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.disputeId, t.actorId] }), check("dispute_parties_side_check", oneOf(t.side, Side.options))],
);

export const disputeIssues = pgTable(
  "dispute_issues",
  {
    id: text().primaryKey(),
    disputeId: text()
      .notNull()
      .references(() => disputes.id),
    ordinal: integer().notNull(),
    titleAr: text().notNull(),
    titleEn: text(),
    issueType: text().notNull(),
    issueStatus: text().notNull(),
    ...editorialColumns(),
  },
  (t) => [
    unique("dispute_issues_order").on(t.disputeId, t.ordinal),
    check("dispute_issues_ordinal_check", sql`${t.ordinal} >= 1`),
    check("dispute_issues_type_check", oneOf(t.issueType, IssueType.options)),
    check("dispute_issues_issue_status_check", oneOf(t.issueStatus, IssueStatus.options)),
    check("dispute_issues_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    index("dispute_issues_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("dispute_issues_title_search_idx", t.titleAr),
  ],
);

export const positions = pgTable(
  "positions",
  {
    id: text().primaryKey(),
    issueId: text()
      .notNull()
      .references(() => disputeIssues.id),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    stance: text().notNull(),
    statementAr: text().notNull(),
    statementEn: text(),
    basis: text().notNull(),
    framedByActorId: text().references(() => actors.id),
    framedByOutletId: text().references(() => outlets.id),
    statedDate: text(),
    ...editorialColumns(),
  },
  (t) => [
    check("positions_stance_check", oneOf(t.stance, Stance.options)),
    check("positions_basis_check", oneOf(t.basis, PositionBasis.options)),
    check("positions_framed_by", sql`${t.basis} <> 'framed' or ${t.framedByActorId} is not null or ${t.framedByOutletId} is not null`),
    check("positions_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    index("positions_issue_idx").on(t.issueId),
    index("positions_actor_idx").on(t.actorId),
    index("positions_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("positions_statement_search_idx", t.statementAr),
  ],
);

/** An event bears on a dispute, or on one of its issues when issueId is set. */
export const eventIssueLinks = pgTable(
  "event_issue_links",
  {
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    disputeId: text()
      .notNull()
      .references(() => disputes.id),
    issueId: text().references(() => disputeIssues.id),
    relation: text().notNull(),
    noteAr: text(),
    noteEn: text(),
  },
  (t) => [
    uniqueIndex("event_issue_links_unique").on(t.eventId, t.disputeId, sql`coalesce(${t.issueId}, '')`, t.relation),
    check("event_issue_links_relation_check", oneOf(t.relation, IssueLinkRelation.options)),
    index("event_issue_links_dispute_idx").on(t.disputeId),
  ],
);
