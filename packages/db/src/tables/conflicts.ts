import { check, foreignKey, index, integer, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { ConflictPartyRole, ConflictSide, ConflictStatus, ConflictType, Incompatibility } from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, oneOf, labelSearchIndex } from "./columns";
import { actors } from "./actors";

/** Armed conflicts in UCDP's sense (see the schema's ConflictBase); events name the one they belong to. */
export const conflicts = pgTable(
  "conflicts",
  {
    id: text().primaryKey(),
    titleAr: text().notNull(),
    titleEn: text(),
    summaryAr: text(),
    summaryEn: text(),
    type: text().notNull(),
    incompatibility: text().notNull(),
    contestedAr: text(),
    contestedEn: text(),
    conflictStatus: text().notNull(),
    countries: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    startDate: text(),
    endDate: text(),
    ...editorialColumns(),
  },
  (t) => [
    check("conflicts_type_check", oneOf(t.type, ConflictType.options)),
    check("conflicts_incompatibility_check", oneOf(t.incompatibility, Incompatibility.options)),
    check("conflicts_conflict_status_check", oneOf(t.conflictStatus, ConflictStatus.options)),
    check("conflicts_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    check("conflicts_version_check", sql`${t.version} >= 1`),
    index("conflicts_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("conflicts_title_search_idx", t.titleAr),
  ],
);

export const conflictParties = pgTable(
  "conflict_parties",
  {
    conflictId: text()
      .notNull()
      .references(() => conflicts.id, { onDelete: "cascade" }),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    side: text().notNull(),
    role: text().notNull(),
    ordinal: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conflictId, t.actorId] }),
    check("conflict_parties_side_check", oneOf(t.side, ConflictSide.options)),
    check("conflict_parties_role_check", oneOf(t.role, ConflictPartyRole.options)),
    index("conflict_parties_actor_idx").on(t.actorId),
  ],
);

/** Two opposing parties of a conflict; (conflict_id, id) is unique so an event's dyad must be of its conflict. */
export const conflictDyads = pgTable(
  "conflict_dyads",
  {
    id: text().primaryKey(),
    conflictId: text()
      .notNull()
      .references(() => conflicts.id, { onDelete: "cascade" }),
    sideAId: text()
      .notNull()
      .references(() => actors.id),
    sideBId: text()
      .notNull()
      .references(() => actors.id),
    titleAr: text(),
    titleEn: text(),
    startDate: text(),
    endDate: text(),
    ordinal: integer().notNull(),
  },
  (t) => [
    unique("conflict_dyads_conflict_id").on(t.conflictId, t.id),
    check("conflict_dyads_two_sides", sql`${t.sideAId} <> ${t.sideBId}`),
    // A dyad's sides are parties of its conflict; merging a party's actor into another carries the dyad along.
    foreignKey({
      name: "conflict_dyads_side_a_party_fk",
      columns: [t.conflictId, t.sideAId],
      foreignColumns: [conflictParties.conflictId, conflictParties.actorId],
    }).onUpdate("cascade"),
    foreignKey({
      name: "conflict_dyads_side_b_party_fk",
      columns: [t.conflictId, t.sideBId],
      foreignColumns: [conflictParties.conflictId, conflictParties.actorId],
    }).onUpdate("cascade"),
  ],
);
