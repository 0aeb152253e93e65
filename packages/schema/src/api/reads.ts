import { z } from "zod";
import { Id, PartialDate, TimePrecision } from "../domain/common";
import { Actor, ActorBase, ActorKind, GeoPoint, Place, PlaceBase, PlaceFeature } from "../domain/actors";
import { Claim, Modality } from "../domain/claims";
import { Dispute, DisputeIssue, EventIssueLink, Position } from "../domain/disputes";
import { Conflict, ConflictBase } from "../domain/conflicts";
import { Event, EventPlaceRole } from "../domain/events";
import { EVENT_TYPES, EventType } from "../domain/taxonomy";
import { Citation, CitationTargetKind, DocumentBase, Outlet } from "../domain/sources";
import { keysetPageOf, PageInput } from "./common";

const q = z.string().trim().min(1).max(200).optional();

export const OutletListInput = PageInput;
export const OutletPage = keysetPageOf(Outlet);

export const DocumentListInput = PageInput.extend({ outletId: Id.optional() });
/** Lists omit the full text; byId returns it. */
export const DocumentSummary = z.object({
  id: Id,
  title: DocumentBase.shape.title,
  outletId: Id.optional(),
  published: DocumentBase.shape.published,
  length: z.number().int(),
  textHash: z.string(),
});
export const DocumentPage = keysetPageOf(DocumentSummary);

export const CitationListInput = PageInput.extend({
  documentId: Id.optional(),
  targetKind: CitationTargetKind.optional(),
  targetId: Id.optional(),
});
export const CitationPage = keysetPageOf(Citation);

export const ActorListInput = PageInput.extend({ kind: ActorKind.optional(), q });
export const ActorPage = keysetPageOf(Actor);

export const PlaceListInput = PageInput.extend({ feature: PlaceFeature.optional(), parentId: Id.optional(), q });
export const PlacePage = keysetPageOf(Place);

/** `minLon,minLat,maxLon,maxLat`, four numbers in range with min <= max; parsed by `parseBbox`. */
export const BboxFilter = z
  .string()
  .max(200)
  .refine((v) => parseBbox(v) !== null, {
    message: "minLon,minLat,maxLon,maxLat: four numbers, longitudes in -180..180, latitudes in -90..90, each min at most its max",
  });

/** The four numbers of a valid `bbox` filter, else null. */
export function parseBbox(v: string): [number, number, number, number] | null {
  const parts = v.split(",").map((x) => x.trim());
  if (parts.length !== 4 || parts.some((x) => !/^-?\d+(\.\d+)?$/.test(x))) return null;
  const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
  const ok = w >= -180 && e <= 180 && s >= -90 && n <= 90 && w <= e && s <= n;
  return ok ? [w, s, e, n] : null;
}

export const EventListInput = PageInput.extend({
  type: EventType.optional(),
  actorId: Id.optional(),
  placeId: Id.optional(),
  disputeId: Id.optional(),
  documentId: Id.optional(),
  conflictId: Id.optional(),
  dyadId: Id.optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  /**
   * How `from`/`to` meet an event's date window: `overlaps` (the default) keeps an event that may have
   * happened in the range, `within` only one that certainly did. An event with no window at all is kept
   * only with `undated: true`.
   */
  dateMatch: z.enum(["overlaps", "within"]).default("overlaps"),
  undated: z.boolean().default(false),
  precision: TimePrecision.optional(),
  /** Several event types, any of them (OR); with `type` too, both must hold. */
  types: z.array(EventType).min(1).max(EVENT_TYPES.length).optional(),
  /** The site's country, ISO 3166-1 alpha-2 (`SY`). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "an ISO 3166-1 alpha-2 country code in capitals, e.g. SY" })
    .optional(),
  /** A place and every place under it (a governorate, a district…): events whose site is one of them. */
  adminId: Id.optional(),
  /** `minLon,minLat,maxLon,maxLat` (WGS 84 degrees): events whose site's point is in the box. */
  bbox: BboxFilter.optional(),
  /** Events with a participant of this actor kind. */
  actorKind: ActorKind.optional(),
  /** Events whose fatalities (ACLED's reading: the sum of the lowest number of each "killed" figure) are at least this. */
  minFatalities: z.number().int().min(0).max(1_000_000_000).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
});
/** The timeline's filters without paging: for the per-day counts. */
export const EventCountsInput = EventListInput.omit({ limit: true, cursor: true, order: true });
export const EventDayCounts = z.object({
  /** Days with at least one day-precise event, in date order (days without events are absent). */
  days: z.array(z.object({ date: PartialDate, count: z.number().int().positive() })),
  /** Events matching the filters, and how many of them are dated to the day (the rest are not in `days`). */
  total: z.number().int().nonnegative(),
  dayPrecise: z.number().int().nonnegative(),
});
export const PlaceRef = z.object({ id: Id, name: PlaceBase.shape.name });
export const EventListItem = Event.and(z.object({ place: PlaceRef.nullable() }));
/**
 * A page of the timeline, with how many events match the filters in all (`total`: counted up to 10,000,
 * `capped` past it, as events.count; exact from the rollup for the whole timeline or a type).
 */
export const EventPage = keysetPageOf(EventListItem);

export const ActorRef = z.object({ id: Id, name: ActorBase.shape.name, kind: ActorKind });
export const ConflictRef = z.object({ id: Id, title: ConflictBase.shape.title });
const NamedActor = z.object({ id: Id, name: ActorBase.shape.name });
export const DyadRef = z.object({ id: Id, sideA: NamedActor, sideB: NamedActor });
export const EventDetail = EventListItem.and(
  z.object({
    actors: z.array(ActorRef),
    /** The event's other places (`places`), in its order, with their names, role and point for the page's map. */
    otherPlaces: z.array(PlaceRef.extend({ role: EventPlaceRole, point: GeoPoint.optional(), pointIsCentroid: z.boolean() })),
    conflict: ConflictRef.nullable(),
    /** The two sides the event is between, in its conflict (UCDP's dyad). */
    dyad: DyadRef.nullable(),
    citations: z.array(Citation),
    claims: z.array(Claim),
    issueLinks: z.array(EventIssueLink),
  }),
);

export const ClaimListInput = PageInput.extend({
  documentId: Id.optional(),
  claimantId: Id.optional(),
  eventId: Id.optional(),
  modality: Modality.optional(),
});
export const ClaimPage = keysetPageOf(Claim);

export const DisputeListInput = PageInput;
export const DisputePage = keysetPageOf(Dispute);
export const DisputeDetail = Dispute.and(z.object({ issues: z.array(DisputeIssue), eventLinks: z.array(EventIssueLink), citations: z.array(Citation) }));

export const ConflictListInput = PageInput;
export const ConflictPage = keysetPageOf(Conflict);
export const ConflictDetail = Conflict.and(z.object({ citations: z.array(Citation), actors: z.array(ActorRef) }));

export const IssueListInput = PageInput.extend({ disputeId: Id.optional() });
export const IssuePage = keysetPageOf(DisputeIssue);
export const IssueDetail = DisputeIssue.and(z.object({ positions: z.array(Position), citations: z.array(Citation) }));

export const PositionListInput = PageInput.extend({ issueId: Id.optional(), actorId: Id.optional() });
export const PositionPage = keysetPageOf(Position);

export const HealthOutput = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["pglite", "postgres"]),
  version: z.string(),
});
