import type { z } from "zod";
import { windowOfDates, type Event, type EventBase, type EventListItem, type EventPlace, type EventTime, type Quantity } from "@waqai/schema";
import { arOf, bi, compact, editorial, editorialColumns, enOf, opt, optBi, type EditorialIn, type Row } from "./util";
import type { eventParticipants, eventPlaces, eventQuantities, eventRelations, events, places } from "../tables";

export type EventRow = typeof events.$inferSelect;
type ParticipantRow = typeof eventParticipants.$inferSelect;
type QuantityRow = typeof eventQuantities.$inferSelect;
type RelationRow = typeof eventRelations.$inferSelect;
type EventPlaceRow = typeof eventPlaces.$inferSelect;
type PlaceRow = typeof places.$inferSelect;

/**
 * "2017-04" -> "2017-04-00" so month-precision events sort before that month's days; an event with no date
 * but a window sorts at its earliest day (the call known to fall in 20–23 April sits on the 20th); unknown last.
 */
export function sortKeyOf(start: string | undefined): string {
  if (!start) return "9999-99-99";
  const [y, m = "00", d = "00"] = start.split("-");
  return `${y}-${m}-${d}`;
}

export function quantityOut(q: QuantityRow): Quantity {
  return compact({
    id: q.id,
    kind: q.kind as Quantity["kind"],
    subject: optBi(q.subjectAr, q.subjectEn),
    low: opt(q.low),
    best: opt(q.best),
    high: opt(q.high),
    words: q.words,
    vague: q.vague,
    convention: opt(q.convention),
    note: optBi(q.noteAr, q.noteEn),
  });
}

export interface EventParts {
  participants: ParticipantRow[];
  quantities: QuantityRow[];
  relations: RelationRow[];
  /** Places besides the site; absent where a reader does not need them (an event list item of a page of 50 reads them too). */
  places?: EventPlaceRow[];
  place: PlaceRow | null;
}

export function eventOut(e: EventRow, parts: EventParts): z.infer<typeof EventListItem> {
  const time: EventTime = compact({
    start: opt(e.dateStart),
    end: opt(e.dateEnd),
    precision: e.timePrecision as EventTime["precision"],
    basis: e.timeBasis as EventTime["basis"],
    expression: opt(e.timeExpression),
    anchor: opt(e.timeAnchor),
    earliest: opt(e.dateEarliest),
    latest: opt(e.dateLatest),
    windowBasis: e.windowBasis as EventTime["windowBasis"],
    note: optBi(e.timeNoteAr, e.timeNoteEn),
  });
  const event: Event = {
    id: e.id,
    type: e.type as Event["type"],
    title: bi(e.titleAr, e.titleEn),
    ...compact({ summary: optBi(e.summaryAr, e.summaryEn) }),
    time,
    ...compact({ placeId: opt(e.placeId) }),
    locationPrecision: e.locationPrecision as Event["locationPrecision"],
    ...compact({ locationNote: optBi(e.locationNoteAr, e.locationNoteEn) }),
    places: [...(parts.places ?? [])]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((p) => compact({ placeId: p.placeId, role: p.role as EventPlace["role"], note: optBi(p.noteAr, p.noteEn) })),
    ...compact({ conflictId: opt(e.conflictId), dyadId: opt(e.dyadId) }),
    participants: [...parts.participants]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((p) => compact({ actorId: p.actorId, role: p.role as never, attribution: p.attribution as never, note: optBi(p.noteAr, p.noteEn) })),
    quantities: [...parts.quantities].sort((a, b) => a.ordinal - b.ordinal).map(quantityOut),
    weapons: e.weapons as Event["weapons"],
    civilianTargeting: e.civilianTargeting as Event["civilianTargeting"],
    assessment: compact({
      grading: e.grading as Event["assessment"]["grading"],
      clarity: e.clarity as "high" | "low",
      confidence: opt(e.assessmentConfidence) as Event["assessment"]["confidence"],
      note: optBi(e.assessmentNoteAr, e.assessmentNoteEn),
    }),
    relations: parts.relations.map((r) => ({ type: r.relation as never, eventId: r.relatedEventId })),
    tags: e.tags,
    ...editorial(e),
  };
  return { ...event, place: parts.place ? { id: parts.place.id, name: bi(parts.place.nameAr, parts.place.nameEn) } : null };
}

/**
 * The stored window: as given, or, with basis "date" (the default), what the date and its precision state
 * by themselves ("2017-04" -> 1 to 30 April), so every dated event has one and the filters need no special case.
 */
export function windowColumns(t: Pick<EventTime, "start" | "end" | "earliest" | "latest" | "windowBasis">) {
  const basis = t.windowBasis ?? "date";
  const given = { earliest: t.earliest, latest: t.latest };
  const w = basis === "date" && !t.earliest && !t.latest ? windowOfDates(t.start, t.end) : given;
  return { dateEarliest: w.earliest ?? null, dateLatest: w.latest ?? null, windowBasis: basis };
}

/** An event as the dataset (and the seed) carries it, parts inside. */
export type EventIn = z.input<typeof EventBase> & EditorialIn;

export function eventRow(e: EventIn): Row {
  const window = windowColumns(e.time);
  return {
    id: e.id,
    type: e.type,
    titleAr: e.title.ar,
    titleEn: enOf(e.title),
    summaryAr: arOf(e.summary),
    summaryEn: enOf(e.summary),
    dateStart: e.time.start,
    dateEnd: e.time.end,
    timePrecision: e.time.precision,
    timeBasis: e.time.basis,
    timeExpression: e.time.expression,
    timeAnchor: e.time.anchor,
    timeNoteAr: arOf(e.time.note),
    timeNoteEn: enOf(e.time.note),
    ...window,
    sortKey: sortKeyOf(e.time.start ?? e.time.end ?? window.dateEarliest ?? undefined),
    placeId: e.placeId,
    locationPrecision: e.locationPrecision,
    locationNoteAr: arOf(e.locationNote),
    locationNoteEn: enOf(e.locationNote),
    weapons: e.weapons ?? [],
    civilianTargeting: e.civilianTargeting ?? "unknown",
    conflictId: e.conflictId,
    dyadId: e.dyadId,
    grading: e.assessment.grading,
    clarity: e.assessment.clarity,
    assessmentConfidence: e.assessment.confidence,
    assessmentNoteAr: arOf(e.assessment.note),
    assessmentNoteEn: enOf(e.assessment.note),
    tags: e.tags ?? [],
    ...editorialColumns(e),
  };
}

/** An event's participants, figures and relations as the rows of their tables, in the event's order. */
export function eventPartRows(e: EventIn) {
  const participants = (e.participants ?? []).map((p, i) => ({
    eventId: e.id,
    actorId: p.actorId,
    role: p.role,
    attribution: p.attribution,
    ordinal: i + 1,
    noteAr: arOf(p.note),
    noteEn: enOf(p.note),
  }));
  const quantities = (e.quantities ?? []).map((q, i) => ({
    id: q.id,
    eventId: e.id,
    ordinal: i + 1,
    kind: q.kind,
    subjectAr: arOf(q.subject),
    subjectEn: enOf(q.subject),
    low: q.low,
    best: q.best,
    high: q.high,
    words: q.words,
    vague: q.vague,
    convention: q.convention,
    noteAr: arOf(q.note),
    noteEn: enOf(q.note),
  }));
  const relations = (e.relations ?? []).map((r) => ({ eventId: e.id, relatedEventId: r.eventId, relation: r.type }));
  const places = (e.places ?? []).map((p, i) => ({
    eventId: e.id,
    placeId: p.placeId,
    role: p.role,
    ordinal: i + 1,
    noteAr: arOf(p.note),
    noteEn: enOf(p.note),
  }));
  return { participants, quantities, relations, places };
}
