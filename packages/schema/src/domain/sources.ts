import { z } from "zod";
import { BilingualText, Confidence, DateBasis, Editorial, Id, IsoDay, Language, PartialDate, Sha256Hex, TimePrecision } from "./common";
import { SCHEMA_MESSAGES } from "../messages";

export const OutletKind = z.enum(["newspaper", "news_agency", "broadcaster", "website", "government", "unknown"]);

/** Who published a document. Kept apart from the claimants quoted inside it. */
export const Outlet = z.object({
  id: Id,
  name: BilingualText,
  kind: OutletKind,
  url: z.url().optional(),
  country: z.string().length(2).optional(),
});
export type Outlet = z.infer<typeof Outlet>;

/**
 * When a document appeared. `basis` says whether the text states it, or an editor inferred it (and how,
 * in `note`). This is the anchor that relative expressions such as «أمس» are resolved against.
 */
/** A publication date is printed or inferred; never relative (it is what relative dates are read against). */
export const PublicationBasis = DateBasis.exclude(["relative"]);

export const PublicationDate = z
  .object({
    date: PartialDate.optional(),
    precision: TimePrecision,
    basis: PublicationBasis,
    confidence: Confidence.optional(),
    /**
     * The days the publication can have been on. An inferred date carries its doubt here (22 or 23 April),
     * and every relative date read against it («أمس») inherits the same width.
     */
    earliest: IsoDay.optional(),
    latest: IsoDay.optional(),
    note: BilingualText.optional(),
  })
  .refine((p) => !p.earliest || !p.latest || p.earliest <= p.latest, { path: ["latest"], message: SCHEMA_MESSAGES.window.en });
export type PublicationDate = z.infer<typeof PublicationDate>;

/** Offsets everywhere are UTF-16 code units into the NFC canonical text (what JavaScript strings index). */
export const OFFSET_UNIT = "utf16" as const;

export const DocumentBase = z.object({
  id: Id,
  outletId: Id.optional(),
  title: BilingualText.optional(),
  titleBasis: z.enum(["stated", "inferred"]).optional(),
  url: z.url().optional(),
  language: Language,
  /** The source file this text came from, relative to seeds/ or the import it arrived by. */
  sourceFile: z.string().optional(),
  published: PublicationDate,
  notes: BilingualText.optional(),
});

export const Document = DocumentBase.extend({
  text: z.string().min(1),
  textHash: Sha256Hex,
  offsetUnit: z.literal(OFFSET_UNIT),
  length: z.number().int().nonnegative(),
}).and(Editorial);
export type Document = z.infer<typeof Document>;

/** What a span does for the record it supports (W3C Web Annotation "purpose", specialised). */
export const CITATION_ROLES = ["evidence", "attribution", "date", "number", "place", "actor", "weapon", "heading"] as const;
export const CitationRole = z.enum(CITATION_ROLES);

export const CITATION_TARGET_KINDS = ["event", "quantity", "claim", "position", "dispute", "issue", "actor", "place", "document", "conflict"] as const;
export const CitationTargetKind = z.enum(CITATION_TARGET_KINDS);
export type CitationTargetKind = z.infer<typeof CitationTargetKind>;

export const CitationTarget = z.object({ kind: CitationTargetKind, id: Id });

/**
 * A span of a stored document. Position (start/end) is exact; quote (exact/prefix/suffix) survives
 * edits; the hash says which text the offsets were taken against.
 */
export const CitationSpan = z
  .object({
    documentId: Id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
  })
  .refine((c) => c.end > c.start, { path: ["end"], message: "end must be after start" })
  .refine((c) => c.exact.length === c.end - c.start, { path: ["exact"], message: "exact must be end - start characters long" });

export const Citation = z.object({
  id: Id,
  documentId: Id,
  documentHash: Sha256Hex,
  unit: z.literal(OFFSET_UNIT),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  role: CitationRole,
  target: CitationTarget,
  note: BilingualText.optional(),
});
export type Citation = z.infer<typeof Citation>;
