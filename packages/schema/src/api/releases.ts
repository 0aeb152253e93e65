import { z } from "zod";

/** `YYYY.MM.DD-N` (a date and the day's ordinal) or `MAJOR.MINOR.PATCH`. */
export const ReleaseVersion = z
  .string()
  .regex(/^(\d{4}\.\d{2}\.\d{2}-\d{1,4}|\d{1,4}\.\d{1,4}\.\d{1,4})$/, { message: "YYYY.MM.DD-N (e.g. 2026.12.07-1) or MAJOR.MINOR.PATCH (e.g. 1.0.0)" });

/** An immutable, checksummed snapshot of the published archive (docs/api.md, "Releases"). */
export const Release = z.object({
  version: ReleaseVersion,
  createdAt: z.string(),
  /** `dataset.jsonl.gz`: the full-fidelity dataset export, gzipped. */
  format: z.string(),
  fileName: z.string(),
  /** Size of the file in bytes, and the SHA-256 of those bytes (lowercase hex): also the download's ETag. */
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Records per kind in the file (event, actor, place, citation…). */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The newest change to a published event when the release was made. */
  eventsUpdatedThrough: z.string().nullable(),
  /** The stable download path under the API (`/api/v1/releases/{version}/download`), never changed. */
  downloadPath: z.string(),
  /** The same as an absolute URL under the API's public address: what to cite. */
  url: z.string(),
  /** A suggested citation: the archive, the version, the date, the URL and the checksum. */
  citation: z.string(),
});
export type Release = z.infer<typeof Release>;
export const ReleaseList = z.object({ items: z.array(Release) });
export const ReleaseByVersionInput = z.object({ version: ReleaseVersion });
/** Admins: make a release now; without a version, the next date-based one (`2026.12.07-1`, `-2`…). */
export const CreateReleaseInput = z.object({ version: ReleaseVersion.optional() });
