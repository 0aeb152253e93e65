import { sql, type SQL } from "drizzle-orm";
import { integer, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { EditorialStatus } from "@waqai/schema";

/** `col in ('a','b')` for a CHECK constraint; the values come from the schema's const tuples, never from input. */
export function oneOf(col: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", "))})`;
}

/** Workflow state and optimistic-concurrency version carried by every curated record. */
export function editorialColumns() {
  return {
    status: text().$type<EditorialStatus>().notNull().default("draft"),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  };
}

export const EDITORIAL_STATUSES = EditorialStatus.options;
