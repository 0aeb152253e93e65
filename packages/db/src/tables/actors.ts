import { check, doublePrecision, index, jsonb, pgTable, text, boolean, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { ACTOR_KINDS, PLACE_FEATURES } from "@waqai/schema";
import { editorialColumns, EDITORIAL_STATUSES, gazetteerNameColumns, oneOf, labelSearchIndex } from "./columns";

export interface OfficeRow {
  title: { ar: string; en?: string };
  organizationId?: string;
  start?: string;
  end?: string;
}

export const actors = pgTable(
  "actors",
  {
    ...gazetteerNameColumns(),
    kind: text().notNull(),
    parentId: text().references((): AnyPgColumn => actors.id),
    country: text(),
    offices: jsonb().$type<OfficeRow[]>().notNull().default([]),
    descriptionAr: text(),
    descriptionEn: text(),
    ...editorialColumns(),
  },
  (t) => [
    check("actors_kind_check", oneOf(t.kind, ACTOR_KINDS)),
    check("actors_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    check("actors_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    index("actors_parent_idx").on(t.parentId),
    index("actors_kind_idx").on(t.kind),
    index("actors_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("actors_name_search_idx", t.nameAr),
  ],
);

export const places = pgTable(
  "places",
  {
    ...gazetteerNameColumns(),
    feature: text().notNull(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    pointIsCentroid: boolean().notNull().default(false),
    parentId: text().references((): AnyPgColumn => places.id),
    country: text(),
    /** This place and every place above it (itself first); kept by a trigger from parentId (migration 0019). */
    path: text().array(),
    ...editorialColumns(),
  },
  (t) => [
    check("places_feature_check", oneOf(t.feature, PLACE_FEATURES)),
    check("places_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    check("places_point_check", sql`(${t.lat} is null) = (${t.lon} is null)`),
    check("places_lat_check", sql`${t.lat} is null or ${t.lat} between -90 and 90`),
    check("places_lon_check", sql`${t.lon} is null or ${t.lon} between -180 and 180`),
    check("places_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    index("places_parent_idx").on(t.parentId),
    index("places_review_idx").on(t.status, t.updatedAt),
    labelSearchIndex("places_name_search_idx", t.nameAr),
    // The map: the places in a view are a range on longitude (then latitude) instead of every place.
    index("places_point_idx").on(t.lon, t.lat),
    // `country`: the places of a country, then their events through events_place_idx.
    index("places_country_idx").on(t.country),
  ],
);
