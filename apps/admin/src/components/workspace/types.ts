import type { z } from "zod";
import { Attribution, Modality, ParticipantRole, TimePrecision, type SpanReading } from "@waqai/schema";

export { EVENT_TYPES, QUANTITY_KINDS } from "@waqai/schema";
export const MODALITY_VALUES = Modality.options;
export const PARTICIPANT_ROLES = ParticipantRole.options;
export const ATTRIBUTIONS = Attribution.options;
/** The precisions a date read in the text can have ("unknown" is no date at all). */
export const DATE_PRECISIONS = TimePrecision.exclude(["unknown"]).options;
export type inferSpanReading = z.infer<typeof SpanReading>;
