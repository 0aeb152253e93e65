import { bigint, check, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * Dataset releases: immutable, checksummed snapshots of the published archive, each a file written once
 * under the releases folder (docs/api.md, "Releases"). A row is never updated or deleted (a trigger refuses
 * both, migration 0016), and its version is its key, so a release can never be overwritten.
 */
export const releases = pgTable(
  "releases",
  {
    /** `2026.12.07-1` (date and the day's ordinal) or a semantic version `1.2.0`. */
    version: text().primaryKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The admin who made it (a user id). */
    createdBy: text(),
    /** What the file holds and how: `dataset.jsonl.gz` (the full-fidelity export, gzipped). */
    format: text().notNull(),
    fileName: text().notNull(),
    bytes: bigint({ mode: "number" }).notNull(),
    /** SHA-256 of the file's bytes as downloaded, lowercase hex. */
    sha256: text().notNull(),
    /** Records per kind, from the dataset's end line. */
    counts: jsonb().$type<Record<string, number>>().notNull(),
    /** The newest change to a published event when the release was made: what it is current as of. */
    eventsUpdatedThrough: timestamp({ withTimezone: true }),
  },
  (t) => [
    check("releases_version_check", sql`${t.version} ~ '^([0-9]{4}\\.[0-9]{2}\\.[0-9]{2}-[0-9]{1,4}|[0-9]{1,4}\\.[0-9]{1,4}\\.[0-9]{1,4})$'`),
    check("releases_sha256_check", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("releases_bytes_check", sql`${t.bytes} > 0`),
  ],
);
