import { check, index, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { Confidence, Modality, Voice } from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, oneOf, labelSearchIndex } from "./columns";
import { actors } from "./actors";
import { documents, outlets } from "./sources";
import { eventQuantities, events } from "./events";
import { positions } from "./disputes";

/** Who says what: the claimant (an actor) is kept apart from the outlet that carried it. */
export const claims = pgTable(
  "claims",
  {
    id: text().primaryKey(),
    documentId: text()
      .notNull()
      .references(() => documents.id),
    claimantId: text()
      .notNull()
      .references(() => actors.id),
    outletId: text().references(() => outlets.id),
    modality: text().notNull(),
    voice: text().notNull().default("reported"),
    confidence: text().notNull(),
    statementAr: text().notNull(),
    statementEn: text(),
    eventId: text().references(() => events.id),
    quantityId: text().references(() => eventQuantities.id),
    positionId: text().references(() => positions.id),
    ...editorialColumns(),
  },
  (t) => [
    check("claims_modality_check", oneOf(t.modality, Modality.options)),
    check("claims_confidence_check", oneOf(t.confidence, Confidence.options)),
    check("claims_voice_check", oneOf(t.voice, Voice.options)),
    check("claims_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    check("claims_about_check", sql`num_nonnulls(${t.eventId}, ${t.quantityId}, ${t.positionId}) >= 1`),
    index("claims_event_idx").on(t.eventId),
    index("claims_claimant_idx").on(t.claimantId),
    index("claims_document_idx").on(t.documentId),
    index("claims_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("claims_statement_search_idx", t.statementAr),
  ],
);
