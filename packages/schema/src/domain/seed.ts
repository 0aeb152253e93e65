import { z } from "zod";
import { EditorialStatus, Id } from "./common";
import { ActorBase, PlaceBase } from "./actors";
import { ClaimBase } from "./claims";
import { DisputeBase, DisputeIssueBase, EventIssueLink, PositionBase } from "./disputes";
import { ConflictBase } from "./conflicts";
import { EventBase } from "./events";
import { CitationRole, CitationTarget, DocumentBase, Outlet } from "./sources";
import { BilingualText } from "./common";

/**
 * A citation as curated in seeds/: offsets and the exact quote. The loader derives prefix, suffix and
 * the document hash from the stored text, and refuses a quote that does not match its offsets.
 */
export const SeedCitation = z
  .object({
    id: Id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
    role: CitationRole,
    target: CitationTarget,
    note: BilingualText.optional(),
  })
  .refine((c) => c.exact.length === c.end - c.start, { path: ["exact"], message: "exact must be end - start characters long" });
export type SeedCitation = z.infer<typeof SeedCitation>;

const status = { status: EditorialStatus.default("published") };

/** One annotation file per source article: `seeds/<name>.annotation.json` beside `seeds/<name>.txt`. */
export const SeedAnnotation = z.object({
  document: DocumentBase.extend(status),
  outlets: z.array(Outlet).default([]),
  actors: z.array(ActorBase.extend(status)).default([]),
  places: z.array(PlaceBase.extend(status)).default([]),
  events: z.array(EventBase.extend(status)).default([]),
  conflicts: z.array(ConflictBase.extend(status)).default([]),
  claims: z.array(ClaimBase.and(z.object(status))).default([]),
  disputes: z.array(DisputeBase.extend(status)).default([]),
  issues: z.array(DisputeIssueBase.extend(status)).default([]),
  positions: z.array(PositionBase.and(z.object(status))).default([]),
  eventIssueLinks: z.array(EventIssueLink).default([]),
  citations: z.array(SeedCitation).min(1),
});
export type SeedAnnotation = z.infer<typeof SeedAnnotation>;

/**
 * A citation as a curator writes it in `seeds/<name>.reading.json`: the quote itself, never an offset. The
 * builder (seeds/tools/build-annotation.ts) finds it in the text, refusing a quote that is absent or
 * ambiguous unless `within` (a longer quote that occurs once and contains it) or `occurrence` (0-based)
 * says which; each target's kind is read from its id's prefix (ev-, q-, cl-, pos-, dsp-, iss-, act-, pl-, doc-, cf-).
 */
export const SeedQuote = z
  .object({
    quote: z.string().min(1),
    role: CitationRole,
    targets: z.array(Id).min(1),
    within: z.string().min(1).optional(),
    occurrence: z.number().int().nonnegative().optional(),
    note: BilingualText.optional(),
  })
  .strict();
export type SeedQuote = z.infer<typeof SeedQuote>;

/** The curated reading of one article: every record as data, citations as quotes. */
export const SeedReading = SeedAnnotation.extend({ citations: z.array(SeedQuote).min(1) });
export type SeedReading = z.input<typeof SeedReading>;
