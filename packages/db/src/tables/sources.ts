import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { OutletKind, PublicationBasis, TimePrecision } from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, oneOf, labelSearchIndex } from "./columns";

export const outlets = pgTable(
  "outlets",
  {
    id: text().primaryKey(),
    nameAr: text().notNull(),
    nameEn: text(),
    kind: text().notNull(),
    url: text(),
    country: text(),
    // Outlets carry no workflow, but sync (`updatedSince`) needs to know when one changed.
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("outlets_kind_check", oneOf(t.kind, OutletKind.options))],
);

export const documents = pgTable(
  "documents",
  {
    id: text().primaryKey(),
    outletId: text().references(() => outlets.id),
    titleAr: text(),
    titleEn: text(),
    titleBasis: text(),
    url: text(),
    language: text().notNull(),
    sourceFile: text(),
    /** NFC canonical text; every citation offset points into it (UTF-16 code units). */
    text: text().notNull(),
    textHash: text().notNull(),
    length: integer().notNull(),
    offsetUnit: text().notNull().default("utf16"),
    publishedDate: text(),
    publishedPrecision: text().notNull(),
    publishedBasis: text().notNull(),
    publishedConfidence: text(),
    /** The days the publication can have been on (an inferred date's doubt); relative dates inherit the width. */
    publishedEarliest: text(),
    publishedLatest: text(),
    publishedNoteAr: text(),
    publishedNoteEn: text(),
    notesAr: text(),
    notesEn: text(),
    ...editorialColumns(),
  },
  (t) => [
    check("documents_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    // length is in UTF-16 code units (JS), which PostgreSQL char_length (code points) does not count, so no SQL check ties them.
    check("documents_length_check", sql`${t.length} > 0`),
    check("documents_hash_check", sql`${t.textHash} ~ '^[0-9a-f]{64}$'`),
    check("documents_precision_check", oneOf(t.publishedPrecision, TimePrecision.options)),
    check("documents_basis_check", oneOf(t.publishedBasis, PublicationBasis.options)),
    check("documents_version_check", sql`${t.version} >= 1`),
    check(
      "documents_published_window_order",
      sql`${t.publishedEarliest} is null or ${t.publishedLatest} is null or ${t.publishedEarliest} <= ${t.publishedLatest}`,
    ),
    index("documents_outlet_idx").on(t.outletId),
    index("documents_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("documents_title_search_idx", t.titleAr),
  ],
);
