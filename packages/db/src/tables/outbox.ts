import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { EditableKind } from "@waqai/schema";
import { oneOf } from "./columns";

/** A record a committed write touched: what post-commit work is about. */
export interface RecordWritten {
  kind: EditableKind;
  id: string;
  /** The fields an edit changed, when known; an actor or place edit that touches neither a name nor the status leaves its events' search keys alone. */
  fields?: string[];
}

/**
 * What runs after a write commits: `search` re-keys the written records' search entries, `notify` tells the
 * host's listeners (the readers and caches to purge). Internal to the database package, never on the wire.
 */
export const OUTBOX_TOPICS = ["search", "notify"] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];

/**
 * Post-commit work, written in the same transaction as the records it is about, so a process that dies after
 * the commit loses nothing: whichever process claims a due row does the work, then deletes it; a failure puts it
 * back with a later `runAfter` (editorial/outbox.ts). Rows live seconds; the table stays small.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    topic: text().$type<OutboxTopic>().notNull(),
    /** The records the write touched. */
    written: jsonb().$type<RecordWritten[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Not before: a claim leases the row until then; a failure backs it off. */
    runAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [check("outbox_topic_check", oneOf(t.topic, OUTBOX_TOPICS)), index("outbox_due_idx").on(t.runAfter, t.id)],
);
