import type { z } from "zod";
import { CitationListInput, EventListInput, Language } from "@waqai/schema";

/** The events.list filters that make sense for a bulk download, with `updatedSince` (no limit, cursor or order). */
export const EventExportFilter = EventListInput.pick({
  type: true,
  actorId: true,
  placeId: true,
  disputeId: true,
  documentId: true,
  conflictId: true,
  dyadId: true,
  from: true,
  to: true,
  dateMatch: true,
  undated: true,
  precision: true,
  types: true,
  country: true,
  adminId: true,
  bbox: true,
  actorKind: true,
  minFatalities: true,
  updatedSince: true,
});
export type EventExportFilter = z.input<typeof EventExportFilter>;

/** Citations of a document or of one kind of record; `updatedSince` counts a change of their document or target too. */
export const CitationExportFilter = CitationListInput.pick({ documentId: true, targetKind: true, updatedSince: true });
export type CitationExportFilter = z.infer<typeof CitationExportFilter>;

/** Names and notes in the CSV and GeoJSON: Arabic (default), or English where a translation exists. */
export const ExportLang = Language;
export type ExportLang = z.infer<typeof ExportLang>;
