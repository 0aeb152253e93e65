import { z } from "zod";
import { EditorialStatus, Id } from "../domain/common";

export const PAGE_LIMIT_DEFAULT = 20;
export const PAGE_LIMIT_MAX = 100;

// In a module of its own (`@waqai/schema/limits`) so the published client bundles it without zod.
export { TRPC_BATCH_MAX } from "../limits";

/**
 * Sync: only records changed after this instant (ISO 8601 with a time zone). A record counts as
 * changed when it is created, edited, published or re-pointed by a merge; removals come from
 * `sync.removals`. See docs/api.md, "Sync".
 */
export const UpdatedSince = z.iso.datetime({ offset: true });

/** Keyset pagination: the cursor is opaque to callers (base64url of a row's sort key and which way to read). */
export const PageInput = z.object({
  limit: z.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  cursor: z.string().min(1).max(500).optional(),
  updatedSince: UpdatedSince.optional(),
});

export const ByIdInput = z.object({ id: Id });

/** Public callers see published records only; editors may ask for other statuses (issue: admin). */
export const StatusFilter = z.array(EditorialStatus).min(1).optional();

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Counted up to COUNT_CAP (10,000) rows and no further: a count costs at most what it shows. */
export const CappedTotal = z
  .object({
    count: z.number().int().nonnegative().describe("Matching records, up to 10,000."),
    capped: z.boolean().describe('True when more than 10,000 match: `count` is then 10,000 and means "more than that".'),
  })
  .describe("How many records match the list's filters in all pages (not only this one), counted up to 10,000.");

/**
 * A public list's page: its neighbours' cursors both ways and how many records match in all. `total` is
 * optional because it came after the lists did; every public list answers it.
 */
export function keysetPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({
    prevCursor: z.string().nullable().describe("The cursor of the page before this one (pass it back as `cursor`); null on the first page."),
    total: CappedTotal.optional(),
  });
}
