import { z } from "zod";
import { DateBasis, EditorialStatus, Id, PartialDate, TimePrecision } from "../domain/common";
import { Modality } from "../domain/claims";
import { CitationRole } from "../domain/sources";
import { EventType } from "../domain/taxonomy";
import { QUANTITY_KINDS } from "../domain/events";
import { EditableKind, ParticipantRow } from "./edits";

/** What the editors' pickers look up: every editable kind, and outlets. */
export const LOOKUP_KINDS = ["document", "event", "claim", "actor", "place", "dispute", "issue", "position", "conflict", "outlet"] as const;
export const LookupKind = z.enum(LOOKUP_KINDS);
export type LookupKind = z.infer<typeof LookupKind>;

export const LookupInput = z.object({
  kind: LookupKind,
  q: z.string().trim().min(1).max(200),
  limit: z.number().int().min(1).max(25).default(10),
});

/** One option of a picker: a record, or a gazetteer / actor-lexicon entry that is not a record yet. */
export const LookupItem = z.object({
  source: z.enum(["record", "lexicon"]),
  kind: LookupKind,
  id: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  variants: z.array(z.string()),
  status: EditorialStatus.nullable(),
  /** A hint to tell namesakes apart: an event's type and date, a place's feature, an actor's kind. */
  detail: z.string().nullable(),
});
export type LookupItem = z.infer<typeof LookupItem>;

export const LabelsInput = z.object({ refs: z.array(z.object({ kind: LookupKind, id: z.string().min(1).max(80) })).max(200) });

/** A gazetteer place or lexicon actor becomes a draft record with the entry's id, names and point (or the record is returned if it exists). */
export const AdoptLexiconInput = z.object({ kind: z.enum(["place", "actor"]), lexiconId: Id });
export const AdoptResult = z.object({ id: Id, version: z.number().int(), created: z.boolean() });

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), words: z.string() });

/** A date expression of the text, resolved against the document's publication date. */
export const DateReading = Span.extend({
  dateStart: PartialDate.nullable(),
  dateEnd: PartialDate.nullable(),
  timePrecision: TimePrecision,
  timeBasis: DateBasis,
  timeExpression: z.string(),
  timeAnchor: PartialDate.nullable(),
  /** True while the publication date it needs is unknown. */
  pending: z.boolean(),
});
export const FigureReading = Span.extend({
  kind: z.enum(QUANTITY_KINDS),
  low: z.number().int().nullable(),
  best: z.number().int().nullable(),
  high: z.number().int().nullable(),
  vague: z.boolean(),
  convention: z.string().nullable(),
  subjectAr: z.string().nullable(),
});
/** A place or actor named in the text, with the record it is (or would be, from the lexicon). */
export const NamedReading = Span.extend({
  lexiconId: z.string(),
  name: z.object({ ar: z.string(), en: z.string().optional() }),
  recordId: z.string().nullable(),
  recordStatus: EditorialStatus.nullable(),
});
export const ActorReading = NamedReading.extend({ role: ParticipantRow.shape.role });

export const SpanInput = z.object({ documentId: Id, start: z.number().int().nonnegative(), end: z.number().int().positive() });
/** What the text engine reads in a selection: a date, figures, places, actors, an event type. Prefills the workspace's actions. */
export const SpanReading = z.object({
  text: z.string(),
  date: DateReading.nullable(),
  figures: z.array(FigureReading),
  places: z.array(NamedReading),
  actors: z.array(NamedReading),
  eventType: EventType.nullable(),
});

/** A candidate event of the extraction assistant, with every piece pointing at its words. */
export const RichSuggestion = z.object({
  key: z.string(),
  kind: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  label: z.string(),
  confidence: z.number(),
  modality: Modality.extract(["asserted", "planned", "denied", "alleged"]),
  date: DateReading.nullable(),
  place: NamedReading.nullable(),
  actors: z.array(ActorReading),
  figures: z.array(FigureReading),
});
export type RichSuggestion = z.infer<typeof RichSuggestion>;
export const RichSuggestions = z.object({ available: z.boolean(), items: z.array(RichSuggestion), decided: z.number().int() });

export const SuggestionRef = z.object({ documentId: Id, key: z.string().min(1).max(100) });
/** Accepting makes the event (type, title, date) with its place, actors and figures, each cited at its words. */
export const SuggestionAccepted = z.object({
  eventId: Id,
  version: z.number().int(),
  created: z.array(z.object({ kind: z.string(), id: z.string() })),
  citations: z.number().int(),
});

export const CitationRef = z.object({ id: Id });
export const RecordCitationsInput = z.object({
  kind: EditableKind,
  id: Id,
  limit: z.number().int().min(1).max(200).default(100),
  cursor: z.string().min(1).max(500).optional(),
});
export const RecordCitation = z.object({
  id: Id,
  documentId: Id,
  documentTitle: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  role: CitationRole,
  targetKind: z.string(),
  targetId: z.string(),
  /** The figure a "number" citation supports, when the record is its event. */
  figureWords: z.string().nullable(),
});
export const RecordCitationsPage = z.object({ items: z.array(RecordCitation), nextCursor: z.string().nullable() });
