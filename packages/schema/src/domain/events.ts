import { z } from "zod";
import { BilingualText, Confidence, DateBasis, Editorial, Id, IsoDay, PartialDate, TimePrecision, WindowBasis } from "./common";
import { SCHEMA_MESSAGES } from "../messages";
import { EventType } from "./taxonomy";

/**
 * When: as precise as the text allows, with the words it came from and what they were resolved against;
 * and the window it certainly falls in (UCDP's date_start/date_end: the earliest and latest day it can have
 * happened), which every event has even when the text gives no date (then at least "by the report's
 * publication"). A bound the text does not give stays open rather than invented.
 */
export const EventTime = z
  .object({
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    earliest: IsoDay.optional(),
    latest: IsoDay.optional(),
    windowBasis: WindowBasis.optional(),
    precision: TimePrecision,
    basis: DateBasis,
    /** The words in the source, e.g. «أمس» or «الرابع من أبريل الجاري». */
    expression: z.string().min(1).optional(),
    /** The reference date a relative expression was resolved against (the document's publication date). */
    anchor: PartialDate.optional(),
    note: BilingualText.optional(),
  })
  .refine((t) => t.basis !== "relative" || (t.expression && t.anchor), {
    path: ["expression"],
    message: "a relative date needs the expression and the anchor it was resolved against",
  })
  // An event may be dated by its end only («انتهى أول من أمس»: it ended the day before yesterday).
  .refine((t) => t.precision === "unknown" || t.start || t.end, { path: ["start"], message: "a known precision needs a start or an end" })
  .refine((t) => !t.start || !t.end || t.start <= t.end, { path: ["end"], message: "end must not be before start" })
  .refine((t) => !t.earliest || !t.latest || t.earliest <= t.latest, { path: ["latest"], message: SCHEMA_MESSAGES.window.en });
export type EventTime = z.infer<typeof EventTime>;

/** ACLED geo_precision 1/2/3 become exact/near/region; country and unknown extend it. */
export const LocationPrecision = z.enum(["exact", "near", "region", "country", "unknown"]);

export const ParticipantRole = z.enum(["initiator", "target", "mediator", "party", "victim", "observer"]);
/** How sure the record is that this actor took part in this role (Airwars' known vs suspected belligerent). */
export const Attribution = z.enum(["declared", "likely", "alleged", "contested"]);

export const Participant = z.object({
  actorId: Id,
  role: ParticipantRole,
  attribution: Attribution,
  note: BilingualText.optional(),
});
export type Participant = z.infer<typeof Participant>;

export const QUANTITY_KINDS = [
  "killed",
  "injured",
  "killed_or_injured",
  "strikes",
  "released",
  "evacuated",
  "departed",
  "detained",
  "displaced",
  "duration_hours",
  "duration_days",
  "other",
] as const;
export const QuantityKind = z.enum(QUANTITY_KINDS);
export type QuantityKind = z.infer<typeof QuantityKind>;

/**
 * A figure: a range as UCDP does (low/best/high), always with the words as written. A vague word
 * («عشرات», «عدد من») keeps its words and the convention applied; no number is invented for it.
 */
export const Quantity = z
  .object({
    id: Id,
    kind: QuantityKind,
    /** Who or what is counted: «مدنيين», «جنود النظام», «مقاتلي المعارضة وأقاربهم». */
    subject: BilingualText.optional(),
    low: z.number().int().nonnegative().optional(),
    best: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    words: z.string().min(1),
    vague: z.boolean(),
    /** e.g. "ACLED: 'dozens' = 12 as lowest figure"; required when a vague word was given a number. */
    convention: z.string().optional(),
    note: BilingualText.optional(),
  })
  .refine((q) => q.low === undefined || q.high === undefined || q.low <= q.high, { path: ["high"], message: "high must be ≥ low" })
  .refine((q) => !q.vague || q.best === undefined || q.convention, {
    path: ["convention"],
    message: "a number given for a vague word must name the convention used",
  });
export type Quantity = z.infer<typeof Quantity>;

export const WEAPONS = [
  "aircraft",
  "air_to_surface_missile",
  "thermobaric",
  "bunker_buster",
  "barrel_bomb",
  "artillery",
  "small_arms",
  "chemical_agent",
  "other",
] as const;
export const Weapon = z.enum(WEAPONS);

export const Grading = z.enum(["confirmed", "fair", "weak", "contested", "discounted", "unassessed"]);

/** How clearly the text reports the event (ACLED's "clarity" of a report). */
export const Clarity = z.enum(["high", "low"]);

export const Assessment = z.object({
  grading: Grading,
  clarity: Clarity,
  confidence: Confidence.optional(),
  note: BilingualText.optional(),
});

export const EventRelationType = z.enum(["part_of", "response_to", "same_as", "enables", "concurrent_with", "follows", "outcome_of"]);
export const EventRelation = z.object({ type: EventRelationType, eventId: Id });

export const CivilianTargeting = z.enum(["yes", "no", "unknown"]);

/**
 * A place an event involves besides its site (`placeId`): another site of an event that happened in several
 * places (the four towns of an evacuation), where people left from or went to, or a place an agreement is
 * about. An event the text places in several towns lists them here rather than sitting at a country centroid.
 */
export const EventPlaceRole = z.enum(["site", "origin", "destination", "subject"]);
export const EventPlace = z.object({ placeId: Id, role: EventPlaceRole, note: BilingualText.optional() });
export type EventPlace = z.infer<typeof EventPlace>;

export const EventBase = z.object({
  id: Id,
  type: EventType,
  title: BilingualText,
  summary: BilingualText.optional(),
  time: EventTime,
  placeId: Id.optional(),
  locationPrecision: LocationPrecision,
  locationNote: BilingualText.optional(),
  places: z.array(EventPlace).default([]),
  /** The armed conflict (UCDP sense) the event belongs to, and within it the dyad, when it does. */
  conflictId: Id.optional(),
  dyadId: Id.optional(),
  participants: z.array(Participant).default([]),
  quantities: z.array(Quantity).default([]),
  weapons: z.array(Weapon).default([]),
  civilianTargeting: CivilianTargeting.default("unknown"),
  assessment: Assessment,
  relations: z.array(EventRelation).default([]),
  tags: z.array(z.string().min(1)).default([]),
});
export const Event = EventBase.and(Editorial);
export type Event = z.infer<typeof Event>;
