import { z } from "zod";
import { SCHEMA_MESSAGES } from "../messages";

/** Stable, human-readable ids: seeds use slugs ("ev-darat-izza-strikes"), the app generates "ev-<random>". */
export const Id = z
  .string()
  .min(2, SCHEMA_MESSAGES.id.en)
  .max(80, SCHEMA_MESSAGES.id.en)
  // Lowercase letters, digits and single hyphens; people pick records from a list rather than type this.
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, SCHEMA_MESSAGES.id.en);
export type Id = z.infer<typeof Id>;

/** Arabic is required everywhere a person reads text; English is optional until translated. */
export const BilingualText = z.object({
  ar: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});
export type BilingualText = z.infer<typeof BilingualText>;

/** A calendar date as precise as the source allows: "2017", "2017-04" or "2017-04-04". */
export const PartialDate = z.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, SCHEMA_MESSAGES.partialDate.en);
export type PartialDate = z.infer<typeof PartialDate>;

/** A whole calendar day, "2017-04-23": the bounds of a date window are always days. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, SCHEMA_MESSAGES.day.en)
  // A day that exists (no 2017-02-30); a string the pattern refused already must not throw here.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, SCHEMA_MESSAGES.day.en);
export type IsoDay = z.infer<typeof IsoDay>;

/**
 * How a date window (the earliest and latest day something can have happened, UCDP's date_start/date_end)
 * was bounded: by the date itself and its precision; by a relative expression resolved against the
 * publication date's own window; by related events («قبل», «بعد»); only by the report's publication (it
 * happened by then); or by an editor's reading, said in the note.
 */
export const WindowBasis = z.enum(["date", "relative", "relations", "publication", "editor"]);
export type WindowBasis = z.infer<typeof WindowBasis>;

/**
 * Whose words a statement is in: the actor's own (quoted), the outlet (or another actor) reporting what the
 * actor said or did, or someone else's framing of the actor (an outlet's sidebar, an opponent's statement).
 */
export const Voice = z.enum(["own_words", "reported", "framed"]);
export type Voice = z.infer<typeof Voice>;

/** Time precision, after UCDP date_prec / ACLED time_precision. */
export const TimePrecision = z.enum(["day", "week", "month", "year", "unknown"]);
export type TimePrecision = z.infer<typeof TimePrecision>;

/** How a date was known: printed in the text, computed from a relative expression, or inferred by an editor. */
export const DateBasis = z.enum(["stated", "relative", "inferred", "unknown"]);
export type DateBasis = z.infer<typeof DateBasis>;

export const EditorialStatus = z.enum(["draft", "in_review", "published", "retracted"]);
export type EditorialStatus = z.infer<typeof EditorialStatus>;

/** Optimistic-concurrency version and workflow state carried by every curated record. */
export const Editorial = z.object({
  status: EditorialStatus,
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Editorial = z.infer<typeof Editorial>;

export const Confidence = z.enum(["high", "medium", "low"]);

/** The two languages of the product: of a document's text, an editor's panel, an answer's messages. */
export const Language = z.enum(["ar", "en"]);
export type Language = z.infer<typeof Language>;
export type Confidence = z.infer<typeof Confidence>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, SCHEMA_MESSAGES.sha256.en);
