import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { PENDING_STATES, REVIEW_ACTIONS, SUGGESTION_DECISIONS } from "@waqai/schema";
import { oneOf } from "./columns";
import { documents } from "./sources";

/** A merged duplicate (actor or place) points to the record that absorbed it, so old links still resolve. */
export const recordRedirects = pgTable(
  "record_redirects",
  {
    kind: text().notNull(),
    fromId: text().notNull(),
    toId: text().notNull(),
    by: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.fromId] })],
);

/**
 * Edits of a published record, waiting for review beside the live row (MediaWiki's pending changes):
 * readers keep the live row until a reviewer accepts. `fields` holds only the fields that differ from
 * the live row; `parts` an event's whole figures / participants / relations lists when they changed.
 * `version` is the record's head version: the live row's version counts on from it once accepted.
 */
export const pendingChanges = pgTable(
  "pending_changes",
  {
    entityKind: text().notNull(),
    entityId: text().notNull(),
    /** The live version the first pending edit was made on. */
    baseVersion: integer().notNull(),
    version: integer().notNull(),
    fields: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    parts: jsonb().$type<Record<string, unknown>>(),
    state: text().notNull().default("draft"),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityKind, t.entityId] }),
    check("pending_changes_state_check", oneOf(t.state, PENDING_STATES)),
    index("pending_changes_review_idx").on(t.state, t.updatedAt),
  ],
);

/** What reviewers and editors said about a record under review, and the moves they made (kept with the record). */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entityKind: text().notNull(),
    entityId: text().notNull(),
    /** The head version the comment was made on. */
    version: integer().notNull(),
    author: text().notNull(),
    action: text().notNull(),
    body: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("review_comments_action_check", oneOf(t.action, REVIEW_ACTIONS)),
    check("review_comments_body_check", sql`${t.body} is null or char_length(${t.body}) between 1 and 4000`),
    index("review_comments_entity_idx").on(t.entityKind, t.entityId, t.createdAt),
  ],
);

/** An editor's answer to an extraction suggestion, so a rejected one does not come back and an accepted one names its record. */
export const suggestionDecisions = pgTable(
  "suggestion_decisions",
  {
    documentId: text()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    start: integer().notNull(),
    end: integer().notNull(),
    kind: text().notNull(),
    decision: text().notNull(),
    recordKind: text(),
    recordId: text(),
    decidedBy: text().notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.start, t.end, t.kind] }),
    check("suggestion_decisions_decision_check", oneOf(t.decision, SUGGESTION_DECISIONS)),
  ],
);
