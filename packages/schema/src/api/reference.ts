import { z } from "zod";

/** One value of a filter with its labels and how many published events have it. */
export const ReferenceValue = z.object({
  value: z.string(),
  label: z.object({ ar: z.string(), en: z.string().nullable() }),
  /** Published events with this value; counted up to 10,000 where `capped` can be true (actor kinds), exact from a rollup elsewhere. */
  count: z.number().int().nonnegative(),
  capped: z.boolean(),
});
export const ReferenceList = z.object({ items: z.array(ReferenceValue) });

/** How current the archive is: the newest change to a published event, how many there are, the latest release. */
export const ArchiveStatus = z.object({
  /** The newest `updatedAt` of a published event (published, edited or re-published), or null when there is none. */
  eventsUpdatedAt: z.string().nullable(),
  /** Published events, from the per-day rollup (exact). */
  publishedEvents: z.number().int().nonnegative(),
  latestRelease: z.object({ version: z.string(), createdAt: z.string(), sha256: z.string(), downloadPath: z.string() }).nullable(),
});
