import { check, index, integer, pgTable, text, bigserial, jsonb, timestamp, unique } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { CITATION_ROLES, CITATION_TARGET_KINDS } from "@waqai/schema";
import { oneOf } from "./columns";
import { documents } from "./sources";
import { actors, places } from "./actors";
import { eventQuantities, events } from "./events";
import { claims } from "./claims";
import { disputeIssues, disputes, positions } from "./disputes";
import { conflicts } from "./conflicts";

/**
 * A span of a document supporting one record. One nullable foreign key per target kind (instead of a
 * polymorphic id) so the database itself guarantees the target exists; a check keeps exactly one set,
 * and the one that matches target_kind.
 */
export const citations = pgTable(
  "citations",
  {
    id: text().primaryKey(),
    documentId: text()
      .notNull()
      .references(() => documents.id),
    documentHash: text().notNull(),
    unit: text().notNull().default("utf16"),
    startOffset: integer().notNull(),
    endOffset: integer().notNull(),
    exact: text().notNull(),
    prefix: text().notNull(),
    suffix: text().notNull(),
    role: text().notNull(),
    targetKind: text().notNull(),
    eventId: text().references(() => events.id, { onDelete: "cascade" }),
    quantityId: text().references(() => eventQuantities.id, { onDelete: "cascade" }),
    claimId: text().references(() => claims.id, { onDelete: "cascade" }),
    positionId: text().references(() => positions.id, { onDelete: "cascade" }),
    disputeId: text().references(() => disputes.id, { onDelete: "cascade" }),
    issueId: text().references(() => disputeIssues.id, { onDelete: "cascade" }),
    actorId: text().references(() => actors.id, { onDelete: "cascade" }),
    placeId: text().references(() => places.id, { onDelete: "cascade" }),
    targetDocumentId: text().references(() => documents.id, { onDelete: "cascade" }),
    conflictId: text().references(() => conflicts.id, { onDelete: "cascade" }),
    noteAr: text(),
    noteEn: text(),
    // For sync (`updatedSince`): set at creation and whenever a merge re-points the citation.
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("citations_span_check", sql`${t.startOffset} >= 0 and ${t.endOffset} > ${t.startOffset}`),
    check("citations_unit_check", sql`${t.unit} = 'utf16'`),
    check("citations_role_check", oneOf(t.role, CITATION_ROLES)),
    check("citations_target_kind_check", oneOf(t.targetKind, CITATION_TARGET_KINDS)),
    check(
      "citations_one_target",
      sql`num_nonnulls(${t.eventId}, ${t.quantityId}, ${t.claimId}, ${t.positionId}, ${t.disputeId}, ${t.issueId}, ${t.actorId}, ${t.placeId}, ${t.targetDocumentId}, ${t.conflictId}) = 1`,
    ),
    check(
      "citations_target_matches_kind",
      sql`case ${t.targetKind}
        when 'event' then ${t.eventId} is not null when 'quantity' then ${t.quantityId} is not null
        when 'claim' then ${t.claimId} is not null when 'position' then ${t.positionId} is not null
        when 'dispute' then ${t.disputeId} is not null when 'issue' then ${t.issueId} is not null
        when 'actor' then ${t.actorId} is not null when 'place' then ${t.placeId} is not null
        when 'document' then ${t.targetDocumentId} is not null when 'conflict' then ${t.conflictId} is not null else false end`,
    ),
    index("citations_document_idx").on(t.documentId, t.startOffset),
    index("citations_event_idx").on(t.eventId),
    index("citations_quantity_idx").on(t.quantityId),
    index("citations_claim_idx").on(t.claimId),
    index("citations_position_idx").on(t.positionId),
    index("citations_issue_idx").on(t.issueId),
    index("citations_dispute_idx").on(t.disputeId),
    // A record page lists its citations; publishing checks which documents they quote.
    index("citations_actor_idx").on(t.actorId),
    index("citations_place_idx").on(t.placeId),
    index("citations_target_document_idx").on(t.targetDocumentId),
    index("citations_conflict_idx").on(t.conflictId),
  ],
);

/** Append-only history: one row per saved version of any curated record (filled out by the editorial issue). */
export const revisions = pgTable(
  "revisions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entityKind: text().notNull(),
    entityId: text().notNull(),
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    /** The user id (or "seed") who saved this version. */
    author: text().notNull(),
    /** create / edit / status / restore / merge: publishing checks who made the last content edit. */
    action: text().notNull().default("edit"),
    summary: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The API token this version was saved through, if any (the author is then the token's user). */
    tokenId: text(),
  },
  (t) => [
    unique("revisions_entity_version").on(t.entityKind, t.entityId, t.version),
    index("revisions_entity_idx").on(t.entityKind, t.entityId),
    // The removals feed reads status moves in time order.
    index("revisions_created_idx").on(t.createdAt),
  ],
);
