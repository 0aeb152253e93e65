import { sql, type SQL } from "drizzle-orm";
import { index, integer, text, timestamp, type AnyPgColumn, type ExtraConfigColumn } from "drizzle-orm/pg-core";
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

/**
 * How an actor or a place is named: its id, its name in Arabic (and English) and the other spellings the
 * texts use for it, which the gazetteer and the search match as well as the name.
 */
export function gazetteerNameColumns() {
  return {
    id: text().primaryKey(),
    nameAr: text().notNull(),
    nameEn: text(),
    variants: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  };
}

export const EDITORIAL_STATUSES = EditorialStatus.options;

/**
 * Editor lists and pickers find a record by a piece of its label (`ilike '%q%'`). Without an index that is a
 * scan of the table, which at a million events is every row for a rare word; a trigram index answers it from
 * the words' three-letter pieces (Arabic too: pg_trgm reads letters by the database's UTF-8 ctype).
 */
export function labelSearchIndex(name: string, label: ExtraConfigColumn) {
  return index(name).using("gin", label.op("gin_trgm_ops"));
}
