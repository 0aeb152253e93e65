import { z } from "zod";
import { CitationTargetKind, EventType, Id, PartialDate, TimePrecision, UpdatedSince } from "@waqai/schema";

/** The events.list filters that make sense for a bulk download, plus `updatedSince` (no limit, cursor or order). */
export const EventExportFilter = z.object({
  type: EventType.optional(),
  actorId: Id.optional(),
  placeId: Id.optional(),
  disputeId: Id.optional(),
  documentId: Id.optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  precision: TimePrecision.optional(),
  /** Only events whose `updated_at` is after this instant (ISO 8601 with a zone). */
  updatedSince: UpdatedSince.optional(),
});
export type EventExportFilter = z.infer<typeof EventExportFilter>;

export const CitationExportFilter = z.object({
  documentId: Id.optional(),
  targetKind: CitationTargetKind.optional(),
  /** Citations whose document or supported record changed after this instant. */
  updatedSince: UpdatedSince.optional(),
});
export type CitationExportFilter = z.infer<typeof CitationExportFilter>;

/** Names and notes in the CSV and GeoJSON: Arabic (default), or English where a translation exists. */
export const ExportLang = z.enum(["ar", "en"]);
export type ExportLang = z.infer<typeof ExportLang>;
