import { z } from "zod";
import { BilingualText, Id, IsoDay, PartialDate, TimePrecision } from "../domain/common";
import { EventRelationType, QuantityKind } from "../domain/events";
import { EventType } from "../domain/taxonomy";
import { CitationTargetKind } from "../domain/sources";
import { EventCountsInput, EventListItem } from "./reads";

/**
 * Reads that keep a page's cost to what it shows, whatever the archive holds (issue 12): names of the
 * records a page refers to, an event's related events, capped counts and facets, a suggest box, and the
 * timeline's histogram. Each is an index range or bounded by its input.
 */

/** The most records one `records.names` call names: a page of citations or of links. */
export const NAMES_MAX = 200;
/** Counts stop here and say so ("more than 10,000"): a count costs at most this many index entries. */
export const COUNT_CAP = 10_000;

export const RecordNamesInput = z.object({
  refs: z
    .array(z.object({ kind: CitationTargetKind, id: Id }))
    .min(1)
    .max(NAMES_MAX),
});
/** A record's name as a page shows it, and where it lives (a figure lives on its event's page, an issue on its dispute's). */
export const RecordName = z.object({
  kind: CitationTargetKind,
  id: Id,
  label: BilingualText,
  /** The event a figure or claim belongs to; the dispute an issue or position belongs to (and the issue a position is under). */
  eventId: Id.optional(),
  disputeId: Id.optional(),
  issueId: Id.optional(),
  /** Figures: what the figure counts (its label is its words and its event's title). */
  quantityKind: QuantityKind.optional(),
  /** Documents: what the record says of where and when they appeared, and whether it was inferred. */
  document: z
    .object({
      titleInferred: z.boolean(),
      outlet: BilingualText.optional(),
      published: z
        .object({
          date: PartialDate,
          precision: TimePrecision,
          inferred: z.boolean(),
          earliest: IsoDay.optional(),
          latest: IsoDay.optional(),
        })
        .optional(),
    })
    .optional(),
});
export const RecordNames = z.object({ items: z.array(RecordName) });

export const RelatedEventsInput = z.object({ id: Id, limit: z.number().int().min(1).max(100).default(20) });
/** An event this one points to (`inverse: false`) or that points to it (`inverse: true`), with the relation. */
export const RelatedEvent = z.object({
  relation: EventRelationType,
  inverse: z.boolean(),
  event: EventListItem,
});
export const RelatedEvents = z.object({ items: z.array(RelatedEvent), more: z.boolean() });

/** The newest changes to the record (feeds, "what is new"): at most 100, no paging (sync uses `updatedSince`). */
export const LatestEventsInput = z.object({ limit: z.number().int().min(1).max(100).default(50) });
export const LatestEvents = z.object({ items: z.array(EventListItem) });

/** How many published events match the filters, counted up to COUNT_CAP. */
export const EventCount = z.object({ count: z.number().int().nonnegative(), capped: z.boolean() });

/** Per event type, how many events match the other filters (each count capped like EventCount). */
export const EventFacets = z.object({
  types: z.array(z.object({ type: EventType, count: z.number().int().nonnegative(), capped: z.boolean() })),
});

export const SUGGEST_KINDS = ["actor", "place", "dispute", "conflict"] as const;
export const SuggestInput = z.object({
  kind: z.enum(SUGGEST_KINDS),
  q: z.string().trim().min(1).max(100),
  limit: z.number().int().min(1).max(20).default(8),
});
export const SuggestedRecord = z.object({ id: Id, label: BilingualText, detail: z.string().nullable() });
export const SuggestedRecords = z.object({ items: z.array(SuggestedRecord) });

/**
 * The timeline's chart: events per bucket over the filtered range, the bucket chosen to the range (days
 * for a month or less, weeks up to a season, months up to a few years, years beyond). An event counts in
 * the bucket of its date (its window's first day when undated); one with neither is `undated`.
 */
export const HISTOGRAM_BUCKETS = ["day", "week", "month", "year"] as const;
export const EventHistogramInput = EventCountsInput;
export const EventHistogram = z.object({
  bucket: z.enum(HISTOGRAM_BUCKETS),
  /** First and last day of the range drawn (the filter's, else the archive's). */
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  bins: z.array(z.object({ start: IsoDay, count: z.number().int().positive() })),
  total: z.number().int().nonnegative(),
  /** Events the chart cannot place at its bucket size (a month-precise event in a chart of days), and undated ones. */
  unplaced: z.number().int().nonnegative(),
});
export type EventHistogram = z.infer<typeof EventHistogram>;

/**
 * Records per sitemap file: each is listed in Arabic and English (two <url>s), so a file holds 40,000 URLs,
 * under the protocol's 50,000.
 */
export const SITEMAP_FILE_RECORDS = 20_000;
export const SITEMAP_RECORD_KINDS = ["actor", "place", "dispute", "conflict", "document"] as const;
/** The sitemap's files: events by month (and part), the other kinds by the id a file starts after. */
export const SitemapIndex = z.object({
  months: z.array(z.object({ month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal("undated")]), part: z.number().int().nonnegative() })),
  records: z.array(z.object({ kind: z.enum(SITEMAP_RECORD_KINDS), after: Id.nullable() })),
});
export const SitemapEntriesInput = z.object({
  kind: z.enum(["event", ...SITEMAP_RECORD_KINDS]),
  month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal("undated")]).optional(),
  part: z.number().int().min(0).max(1000).optional(),
  after: Id.optional(),
});
export const SitemapEntries = z.object({ items: z.array(z.object({ id: Id, updatedAt: z.string() })) });

/**
 * The map (issue 12): published events gathered into the cells of a grid over the view, counted in SQL so a
 * view of a million events costs what a view of a thousand does. An event is drawn at its site (its `place`);
 * an event with no site, or whose site has no point, is not on the map. The cell's side is derived from
 * `zoom` (the map's zoom level: a cell is about 64 screen pixels), cells are aligned to a world grid so a pan
 * keeps them in place, and at most CLUSTERS_MAX are returned (the fullest: `more` says some were left out).
 */
export const CLUSTERS_MAX = 1000;
export const CLUSTER_MAX_ZOOM = 22;
/** Filtered maps read the matching events themselves, at most this many (`capped` says the counts stop there). */
export const CLUSTER_EVENTS_CAP = 200_000;
/** A cell's side in degrees at a zoom level: 64 of the 512 pixels a world is wide at zoom 0, halved per level. */
export const clusterCellSize = (zoom: number) => 45 / 2 ** Math.floor(zoom);
const Lon = z.number().min(-180).max(180);
export const EventClustersInput = EventCountsInput.extend({
  /** The view: [west, south, east, north] in degrees (a view across the antimeridian asks for two, or the whole width). */
  bbox: z
    .array(Lon)
    .length(4)
    .refine(([w, s, e, n]) => w! <= e! && s! <= n! && s! >= -90 && n! <= 90, {
      message: "bbox is [west, south, east, north]: west <= east, -90 <= south <= north <= 90",
    }),
  zoom: z.number().min(0).max(CLUSTER_MAX_ZOOM),
});
export const EventCluster = z.object({
  /** The events' centroid (their sites' points weighted by how many events each holds). */
  lon: Lon,
  lat: z.number().min(-90).max(90),
  count: z.number().int().positive(),
  /** How many places the cell's events are at. */
  places: z.number().int().positive(),
  /** The cell's one place, when it holds one: the map links to its page. */
  place: z.object({ id: Id, name: BilingualText }).optional(),
  /** The cell's one event, when it holds one. */
  event: z.object({ id: Id, title: BilingualText }).optional(),
});
export const EventClusters = z.object({
  /** The cell's side in degrees. */
  cell: z.number().positive(),
  clusters: z.array(EventCluster),
  /** Events in the returned clusters. */
  total: z.number().int().nonnegative(),
  more: z.boolean(),
  capped: z.boolean(),
});
export type EventClusters = z.infer<typeof EventClusters>;
