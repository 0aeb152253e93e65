import { z } from "zod";
import { BilingualText, Id } from "../domain/common";

export const SEARCH_KINDS = ["event", "dispute", "issue", "actor", "place", "document", "conflict"] as const;
export const SearchKind = z.enum(SEARCH_KINDS);

export const SearchInput = z.object({
  q: z.string().trim().min(1).max(200),
  kinds: z.array(SearchKind).min(1).optional(),
  limit: z.number().int().min(1).max(50).default(20),
  cursor: z.string().min(1).max(200).optional(),
});

/** A highlighted stretch of the snippet; start/end index the snippet text (UTF-16). */
export const Highlight = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() });

export const Snippet = z.object({
  /** Which field matched: "title", "summary", "name", "sentence:12"... */
  field: z.string(),
  text: z.string(),
  /** Where `text` starts in the canonical field (for documents: in the document), so highlights map to citation offsets. */
  offset: z.number().int().nonnegative(),
  highlights: z.array(Highlight),
});

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  title: BilingualText,
  score: z.number(),
  documentId: Id.optional(),
  snippet: Snippet,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchOutput = z.object({ items: z.array(SearchHit), nextCursor: z.string().nullable() });
