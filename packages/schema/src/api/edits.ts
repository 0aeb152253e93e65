import { z } from "zod";
import { Confidence, DateBasis, EditorialStatus, Id, IsoDay, PartialDate, TimePrecision, Voice, WindowBasis } from "../domain/common";
import { ACTOR_KINDS, PLACE_FEATURES } from "../domain/actors";
import { EVENT_TYPES } from "../domain/taxonomy";
import {
  Attribution,
  CivilianTargeting,
  Clarity,
  EventPlaceRole,
  EventRelationType,
  Grading,
  LocationPrecision,
  ParticipantRole,
  QUANTITY_KINDS,
  WEAPONS,
} from "../domain/events";
import { PublicationBasis } from "../domain/sources";
import { Modality } from "../domain/claims";
import { DisputeKind, DisputeStatus, IssueStatus, IssueType, PositionBasis, Stance } from "../domain/disputes";
import { ConflictStatus, ConflictType, Incompatibility } from "../domain/conflicts";
import { UpdatedSince } from "./common";

/**
 * Editing contract: flat fields named as the stored columns, so one generic compare-and-set path
 * serves every kind and the admin forms validate with exactly these schemas.
 */
export const EDITABLE_KINDS = ["document", "event", "claim", "actor", "place", "dispute", "issue", "position", "conflict"] as const;
export const EditableKind = z.enum(EDITABLE_KINDS);
export type EditableKind = z.infer<typeof EditableKind>;

/** Pending changes of a published record: still being written, or submitted for review. */
export const PENDING_STATES = ["draft", "in_review"] as const;
export const PendingState = z.enum(PENDING_STATES);
export type PendingState = z.infer<typeof PendingState>;

export const ROLES = ["admin", "editor", "reviewer"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const text = z.string().trim().min(1).max(20_000);
/** Optional text: null clears it. */
const optText = text.nullable().optional();
const optDate = PartialDate.nullable().optional();
const optId = Id.nullable().optional();
const optDay = IsoDay.nullable().optional();

export const EventFields = z.object({
  type: z.enum(EVENT_TYPES),
  titleAr: text,
  titleEn: optText,
  summaryAr: optText,
  summaryEn: optText,
  dateStart: optDate,
  dateEnd: optDate,
  timePrecision: TimePrecision.default("unknown"),
  timeBasis: DateBasis.default("unknown"),
  timeExpression: optText,
  timeAnchor: optDate,
  /** The window the event falls in; left empty with basis "date", the server derives it from the date and its precision. */
  dateEarliest: optDay,
  dateLatest: optDay,
  windowBasis: WindowBasis.default("date"),
  placeId: optId,
  locationPrecision: LocationPrecision.default("unknown"),
  weapons: z.array(z.enum(WEAPONS)).optional(),
  civilianTargeting: CivilianTargeting.default("unknown"),
  conflictId: optId,
  dyadId: optId,
  grading: Grading.default("unassessed"),
  clarity: Clarity.default("low"),
  assessmentNoteAr: optText,
  assessmentNoteEn: optText,
});

export const ActorFields = z.object({
  nameAr: text,
  nameEn: optText,
  variants: z.array(text).optional(),
  kind: z.enum(ACTOR_KINDS),
  parentId: optId,
  country: z.string().length(2).nullable().optional(),
  descriptionAr: optText,
  descriptionEn: optText,
});

export const PlaceFields = z.object({
  nameAr: text,
  nameEn: optText,
  variants: z.array(text).optional(),
  feature: z.enum(PLACE_FEATURES),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  parentId: optId,
  country: z.string().length(2).nullable().optional(),
});

export const ClaimFields = z.object({
  documentId: Id,
  claimantId: Id,
  outletId: optId,
  modality: Modality,
  voice: Voice.default("reported"),
  confidence: Confidence,
  statementAr: text,
  statementEn: optText,
  eventId: optId,
  positionId: optId,
});

export const DisputeFields = z.object({
  titleAr: text,
  titleEn: optText,
  summaryAr: optText,
  summaryEn: optText,
  kind: DisputeKind,
  disputeStatus: DisputeStatus.default("unknown"),
  startDate: optDate,
  endDate: optDate,
});

export const IssueFields = z.object({
  disputeId: Id,
  ordinal: z.number().int().min(1),
  titleAr: text,
  titleEn: optText,
  issueType: IssueType,
  issueStatus: IssueStatus.default("open"),
});

export const PositionFields = z.object({
  issueId: Id,
  actorId: Id,
  stance: Stance,
  statementAr: text,
  statementEn: optText,
  basis: PositionBasis,
  framedByActorId: optId,
  framedByOutletId: optId,
  statedDate: optDate,
});

/** A conflict's own fields; its parties and dyads come with the dataset and the seed (not edited here yet). */
export const ConflictFields = z.object({
  titleAr: text,
  titleEn: optText,
  summaryAr: optText,
  summaryEn: optText,
  type: ConflictType,
  incompatibility: Incompatibility,
  contestedAr: optText,
  contestedEn: optText,
  conflictStatus: ConflictStatus.default("unknown"),
  startDate: optDate,
  endDate: optDate,
});

/** Documents are created by import (the text is fixed then); only their metadata is edited. */
export const DocumentFields = z.object({
  titleAr: optText,
  titleEn: optText,
  url: z.url().nullable().optional(),
  outletId: optId,
  publishedDate: optDate,
  publishedPrecision: TimePrecision.default("unknown"),
  publishedBasis: PublicationBasis.default("unknown"),
  /** The days it can have been published on, when the date is inferred (22 or 23 April); relative dates inherit them. */
  publishedEarliest: optDay,
  publishedLatest: optDay,
  notesAr: optText,
  notesEn: optText,
});

export const FIELDS_BY_KIND = {
  document: DocumentFields,
  event: EventFields,
  claim: ClaimFields,
  actor: ActorFields,
  place: PlaceFields,
  dispute: DisputeFields,
  issue: IssueFields,
  position: PositionFields,
  conflict: ConflictFields,
} as const satisfies Record<EditableKind, z.ZodObject>;

/** A field as a patch takes it: without its default (defaults belong to create, never to an edit). */
type Undefaulted<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
export type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<Undefaulted<S[K]>> };

function withoutDefault(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

export const EMPTY_PATCH = { en: "name at least one field to change", ar: "اذكر حقلاً واحداً على الأقل لتغييره" };

/**
 * The patch of an update: exactly the fields it names. No field has a default here, so a patch of one
 * field can never parse into a patch of seven (which silently reset timePrecision, grading... to their
 * defaults); unknown fields are refused by name instead of dropped.
 */
export function patchOf<T extends z.ZodObject>(fields: T) {
  const shape = Object.fromEntries(Object.entries(fields.shape).map(([name, s]) => [name, withoutDefault(s as z.ZodType).optional()]));
  return (z.object(shape) as unknown as z.ZodObject<PatchShape<T["shape"]>>)
    .strict()
    .refine((p) => Object.values(p).some((v) => v !== undefined), { message: EMPTY_PATCH.en, params: { i18n: EMPTY_PATCH } });
}

/** Every update names the version it was based on; a stale one is refused with CONFLICT. */
export function updateInputOf<T extends z.ZodObject>(fields: T) {
  return z.object({ id: Id, baseVersion: z.number().int().min(1), patch: patchOf(fields), summary: z.string().trim().max(500).optional() });
}

export const SetStatusInput = z.object({
  id: Id,
  baseVersion: z.number().int().min(1),
  to: EditorialStatus,
  summary: z.string().trim().max(500).optional(),
});

export const BulkStatusInput = z.object({
  kind: EditableKind,
  items: z
    .array(z.object({ id: Id, baseVersion: z.number().int().min(1) }))
    .min(1)
    .max(200),
  to: EditorialStatus,
});
export const BulkPreviewItem = z.object({
  id: Id,
  from: EditorialStatus.nullable(),
  to: EditorialStatus,
  allowed: z.boolean(),
  reason: z.string().nullable(),
});

/** What the CONFLICT error carries: the current version and each field changed since the base. */
export const VersionConflictDetail = z.object({
  kind: EditableKind,
  id: Id,
  baseVersion: z.number().int(),
  currentVersion: z.number().int(),
  changed: z.array(z.object({ field: z.string(), base: z.unknown(), current: z.unknown() })),
});
export type VersionConflictDetail = z.infer<typeof VersionConflictDetail>;

export const RecordRef = z.object({ kind: EditableKind, id: Id });
export const DiffInput = RecordRef.extend({ from: z.number().int().min(1), to: z.number().int().min(1) });
export const RestoreInput = RecordRef.extend({ version: z.number().int().min(1), baseVersion: z.number().int().min(1) });
/** Undo one version's edit: the fields it changed go back, if nobody changed them since. */
export const UndoInput = RestoreInput.extend({});
/** What a content write did: `changed` names the fields (and event parts) whose value moved; `pending` says it waits for review beside the published record. */
export const ContentWritten = z.object({ id: z.string(), version: z.number().int(), changed: z.array(z.string()), pending: z.boolean() });
export const RevisionSummary = z.object({
  version: z.number().int(),
  action: z.string(),
  author: z.string(),
  authorEmail: z.string().nullable(),
  summary: z.string(),
  createdAt: z.string(),
  /** The API token the version was saved through (its author is the token's user); null for the admin panel. */
  token: z.object({ id: z.string(), prefix: z.string(), name: z.string() }).nullable(),
});
export const FieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

/** Pending changes of a published record, as the editors' reads report them (see api/review). */
const PendingSummary = z.object({
  state: PendingState,
  baseVersion: z.number().int(),
  liveVersion: z.number().int(),
  fields: z.array(z.string()),
  updatedAt: z.string(),
});

/** A record as editors see it: the head version and its fields, pending changes of a published record included. */
export const EditableRecord = z.object({
  kind: EditableKind,
  id: Id,
  status: EditorialStatus,
  version: z.number().int(),
  fields: z.record(z.string(), z.unknown()),
  /** Edits of a published record waiting for review; readers see the live record meanwhile. */
  pending: PendingSummary.nullable(),
});

/** How the editors' lists sort: last changed first (the default), oldest change first, or by id. */
export const EDIT_LIST_SORTS = ["updated_desc", "updated_asc", "id_asc"] as const;

export const EditListInput = z.object({
  kind: EditableKind,
  status: EditorialStatus.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(EDIT_LIST_SORTS).default("updated_desc"),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(100_000).default(0),
  updatedSince: UpdatedSince.optional(),
});
export const EditListItem = z.object({
  id: Id,
  label: z.string(),
  status: EditorialStatus,
  version: z.number().int(),
  /** The state of a published record's pending changes, if it has some. */
  pending: PendingState.nullable(),
  updatedAt: z.string(),
});

export const MergeInput = z.object({ kind: z.enum(["actor", "place"]), duplicateId: Id, keepId: Id });

export const Figure = z.object({
  kind: z.enum(QUANTITY_KINDS),
  words: text,
  vague: z.boolean().default(false),
  low: z.number().int().nonnegative().nullable().optional(),
  best: z.number().int().nonnegative().nullable().optional(),
  high: z.number().int().nonnegative().nullable().optional(),
  subjectAr: optText,
  subjectEn: optText,
  convention: optText,
  noteAr: optText,
  noteEn: optText,
});
export const AddFigureInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), figure: Figure });
/** A figure's patch names only what it changes (no defaults, as for every update). */
export const UpdateFigureInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), figureId: Id, patch: patchOf(Figure) });
export const RemoveFigureInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), figureId: Id });
/** A stored figure, as the editors' forms show it. */
export const FigureRow = z.object({
  id: Id,
  kind: z.enum(QUANTITY_KINDS),
  words: z.string(),
  vague: z.boolean(),
  low: z.number().int().nullable(),
  best: z.number().int().nullable(),
  high: z.number().int().nullable(),
  subjectAr: z.string().nullable(),
  subjectEn: z.string().nullable(),
  convention: z.string().nullable(),
  noteAr: z.string().nullable(),
  noteEn: z.string().nullable(),
});

/** A participant row of an event, as stored: who took part, in which role, how sure we are. */
export const ParticipantRow = z.object({
  actorId: Id,
  role: ParticipantRole,
  attribution: Attribution,
  noteAr: optText,
  noteEn: optText,
});
export type ParticipantRow = z.infer<typeof ParticipantRow>;
/** An outgoing relation of an event to another event. */
export const RelationRow = z.object({
  relation: EventRelationType,
  relatedEventId: Id,
});
export type RelationRow = z.infer<typeof RelationRow>;
/** A place the event involves besides its site, and how. */
export const EventPlaceRow = z.object({ placeId: Id, role: EventPlaceRole, noteAr: optText, noteEn: optText });
export type EventPlaceRow = z.infer<typeof EventPlaceRow>;
/** The whole list replaces the event's list, as one edit under the event's version. */
export const SetParticipantsInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), participants: z.array(ParticipantRow).max(100) });
export const SetRelationsInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), relations: z.array(RelationRow).max(100) });
export const SetPlacesInput = z.object({ eventId: Id, baseVersion: z.number().int().min(1), places: z.array(EventPlaceRow).max(100) });
export const EventParts = z.object({
  version: z.number().int(),
  figures: z.array(FigureRow),
  participants: z.array(ParticipantRow.extend({ noteAr: z.string().nullable(), noteEn: z.string().nullable() })),
  relations: z.array(RelationRow),
  places: z.array(EventPlaceRow.extend({ noteAr: z.string().nullable(), noteEn: z.string().nullable() })),
});
