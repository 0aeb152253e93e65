import type { z } from "zod";
import type { Event, EventListItem, EventTime, Quantity } from "@waqai/schema";
import { bi, compact, editorial, opt, optBi } from "./util";
import type { eventParticipants, eventQuantities, eventRelations, events, places } from "../tables";

export type EventRow = typeof events.$inferSelect;
type ParticipantRow = typeof eventParticipants.$inferSelect;
type QuantityRow = typeof eventQuantities.$inferSelect;
type RelationRow = typeof eventRelations.$inferSelect;
type PlaceRow = typeof places.$inferSelect;

/** "2017-04" -> "2017-04-00" so month-precision events sort before that month's days; unknown last. */
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
