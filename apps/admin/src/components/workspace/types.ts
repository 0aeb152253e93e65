import type { z } from "zod";
import { Modality, type SpanReading } from "@waqai/schema";

export { EVENT_TYPES, QUANTITY_KINDS } from "@waqai/schema";
export const MODALITY_VALUES = Modality.options;
export type inferSpanReading = z.infer<typeof SpanReading>;
