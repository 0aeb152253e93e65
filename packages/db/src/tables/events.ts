import { check, foreignKey, index, integer, pgTable, primaryKey, text, boolean, unique } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { windowLag, windowLead } from "./event-window";
import {
  Attribution,
  CivilianTargeting,
  DateBasis,
  EVENT_TYPES,
  EventPlaceRole,
  EventRelationType,
  Grading,
  LocationPrecision,
  ParticipantRole,
  QUANTITY_KINDS,
  TimePrecision,
  WEAPONS,
  WindowBasis,
} from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, oneOf, labelSearchIndex } from "./columns";
import { actors, places } from "./actors";
import { conflictDyads, conflicts } from "./conflicts";

export const events = pgTable(
  "events",
  {
    id: text().primaryKey(),
    type: text().notNull(),
    titleAr: text().notNull(),
    titleEn: text(),
    summaryAr: text(),
    summaryEn: text(),
    dateStart: text(),
    dateEnd: text(),
    timePrecision: text().notNull(),
    timeBasis: text().notNull(),
    timeExpression: text(),
    timeAnchor: text(),
    timeNoteAr: text(),
    timeNoteEn: text(),
    /** The window the event falls in (UCDP date_start/date_end), whole days; null where the text bounds it on no side. */
    dateEarliest: text(),
    dateLatest: text(),
    windowBasis: text().notNull().default("date"),
    /** dateStart (else dateEnd) padded to YYYY-MM-DD ("2017-04" -> "2017-04-00"); "9999-99-99" when undated. Orders the timeline. */
    sortKey: text().notNull(),
    placeId: text().references(() => places.id),
    locationPrecision: text().notNull(),
    locationNoteAr: text(),
    locationNoteEn: text(),
    weapons: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    civilianTargeting: text().notNull().default("unknown"),
    conflictId: text().references(() => conflicts.id),
    dyadId: text(),
    grading: text().notNull(),
    clarity: text().notNull(),
    assessmentConfidence: text(),
    assessmentNoteAr: text(),
    assessmentNoteEn: text(),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * ACLED's fatalities: the sum of the lowest number (low, else best) of each "killed" figure; null when no
     * such figure has a number. Kept by triggers on event_quantities (migration 0015), for `minFatalities`.
     */
    fatalities: integer(),
    /**
     * The ACLED-style place and actor filters read these copies, so that each is an index range on events
     * instead of a semi-join through places or participants (migration 0019 keeps them by triggers):
     * the site's country, the site and every place above it, the kinds of the event's actors.
     */
    country: text(),
    sitePath: text().array(),
    actorKinds: text().array(),
    ...editorialColumns(),
  },
  (t) => [
    check("events_type_check", oneOf(t.type, EVENT_TYPES)),
    check("events_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    check("events_precision_check", oneOf(t.timePrecision, TimePrecision.options)),
    check("events_basis_check", oneOf(t.timeBasis, DateBasis.options)),
    check("events_location_precision_check", oneOf(t.locationPrecision, LocationPrecision.options)),
    check("events_grading_check", oneOf(t.grading, Grading.options)),
    check("events_civilian_targeting_check", oneOf(t.civilianTargeting, CivilianTargeting.options)),
    check("events_weapons_check", sql`${t.weapons} <@ array[${sql.raw(WEAPONS.map((w) => `'${w}'`).join(","))}]::text[]`),
    check("events_relative_needs_anchor", sql`${t.timeBasis} <> 'relative' or (${t.timeExpression} is not null and ${t.timeAnchor} is not null)`),
    check("events_version_check", sql`${t.version} >= 1`),
    check("events_window_basis_check", oneOf(t.windowBasis, WindowBasis.options)),
    check("events_window_order", sql`${t.dateEarliest} is null or ${t.dateLatest} is null or ${t.dateEarliest} <= ${t.dateLatest}`),
    check(
      "events_window_days",
      sql`coalesce(${t.dateEarliest}, '2000-01-01') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and coalesce(${t.dateLatest}, '2000-01-01') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`,
    ),
    // A dyad belongs to a conflict: an event's dyad must be one of its conflict's.
    check("events_dyad_needs_conflict", sql`${t.dyadId} is null or ${t.conflictId} is not null`),
    foreignKey({ name: "events_dyad_of_conflict_fk", columns: [t.conflictId, t.dyadId], foreignColumns: [conflictDyads.conflictId, conflictDyads.id] }),
    index("events_timeline_idx").on(t.status, t.sortKey, t.id),
    // Filtered timelines walk these in order (bench:api: a rare type went from a 9k-row discard to an index range).
    index("events_type_timeline_idx").on(t.status, t.type, t.sortKey, t.id),
    index("events_precision_timeline_idx").on(t.status, t.timePrecision, t.sortKey, t.id),
    index("events_place_idx").on(t.placeId),
    index("events_conflict_idx").on(t.conflictId, t.sortKey, t.id),
    index("events_dyad_idx").on(t.dyadId),
    // Sync: `updatedSince` on the events list at scale.
    index("events_updated_idx").on(t.updatedAt),
    // The review queue: records in review in submission order.
    index("events_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("events_title_search_idx", t.titleAr),
    // `minFatalities`: a range on the denormalised figure within a status.
    index("events_fatalities_idx").on(t.status, t.fatalities),
    index("events_country_timeline_idx").on(t.status, t.country, t.sortKey, t.id),
    index("events_site_path_idx").using("gin", t.sitePath),
    index("events_actor_kinds_idx").using("gin", t.actorKinds),
    // The widest reach of a window past its sort key, each way: a date filter turns them into a sort-key range.
    index("events_window_lag_idx").on(windowLag(t)),
    index("events_window_lead_idx").on(windowLead(t)),
  ],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    role: text().notNull(),
    attribution: text().notNull(),
    ordinal: integer().notNull(),
    noteAr: text(),
    noteEn: text(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.actorId, t.role] }),
    check("event_participants_role_check", oneOf(t.role, ParticipantRole.options)),
    check("event_participants_attribution_check", oneOf(t.attribution, Attribution.options)),
    index("event_participants_actor_idx").on(t.actorId),
  ],
);

/** Figures: UCDP-style low/best/high, always with the words as written; vague words keep their words. */
export const eventQuantities = pgTable(
  "event_quantities",
  {
    id: text().primaryKey(),
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    ordinal: integer().notNull(),
    kind: text().notNull(),
    subjectAr: text(),
    subjectEn: text(),
    low: integer(),
    best: integer(),
    high: integer(),
    words: text().notNull(),
    vague: boolean().notNull(),
    convention: text(),
    noteAr: text(),
    noteEn: text(),
  },
  (t) => [
    check("event_quantities_kind_check", oneOf(t.kind, QUANTITY_KINDS)),
    check("event_quantities_range_check", sql`${t.low} is null or ${t.high} is null or ${t.low} <= ${t.high}`),
    check("event_quantities_nonnegative", sql`coalesce(${t.low}, 0) >= 0 and coalesce(${t.best}, 0) >= 0 and coalesce(${t.high}, 0) >= 0`),
    check("event_quantities_vague_convention", sql`not ${t.vague} or ${t.best} is null or ${t.convention} is not null`),
    unique("event_quantities_event_ordinal").on(t.eventId, t.ordinal),
  ],
);

export const eventRelations = pgTable(
  "event_relations",
  {
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    relatedEventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    relation: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.relatedEventId, t.relation] }),
    check("event_relations_type_check", oneOf(t.relation, EventRelationType.options)),
    check("event_relations_not_self", sql`${t.eventId} <> ${t.relatedEventId}`),
    index("event_relations_related_idx").on(t.relatedEventId),
  ],
);

/** Places an event involves besides its site (see the schema's EventPlace): other sites, origins, destinations, subjects. */
export const eventPlaces = pgTable(
  "event_places",
  {
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    placeId: text()
      .notNull()
      .references(() => places.id),
    role: text().notNull(),
    ordinal: integer().notNull(),
    noteAr: text(),
    noteEn: text(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.placeId, t.role] }),
    check("event_places_role_check", oneOf(t.role, EventPlaceRole.options)),
    index("event_places_place_idx").on(t.placeId, t.eventId),
  ],
);

/**
 * Published events per (sort key, type, precision): the timeline chart and the sitemap's months read this
 * instead of the events (a million events are a few thousand rows here). Kept in step with `events` by
 * statement-level triggers written in migration 0012 (insert, update, delete; seeds, imports and edits alike).
 */
export const eventDayCounts = pgTable(
  "event_day_counts",
  {
    key: text().notNull(),
    type: text().notNull(),
    precision: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.type, t.precision] })],
);

/**
 * Published events per (site place, type), and per site place of every type (type '*'): the map's clusters read this instead of the events when only the
 * view (and at most a type) applies, so a view costs the places in it, not the events (a million events are a
 * few thousand rows here). An event is drawn at its site (`events.place_id`), never at its other places. Kept
 * in step with `events` by statement-level triggers written in migration 0013.
 */
export const placeEventCounts = pgTable(
  "place_event_counts",
  {
    placeId: text().notNull(),
    type: text().notNull(),
    n: integer().notNull(),
  },
  // Type first: a map of one type (or of all, '*') reads one index range, joined to the places in view.
  (t) => [primaryKey({ columns: [t.type, t.placeId] })],
);
