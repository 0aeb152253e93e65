import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

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
