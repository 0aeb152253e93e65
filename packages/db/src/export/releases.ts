import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { link, mkdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { desc, eq, like, sql } from "drizzle-orm";
import { queryRows, type Db } from "../client";
import { releases } from "../tables";
import { datasetJsonl } from "./dataset";

export type ReleaseRow = typeof releases.$inferSelect;

/** The file format of every release: the full-fidelity dataset export (docs/api.md, "dataset.jsonl"), gzipped. */
export const RELEASE_FORMAT = "dataset.jsonl.gz";

/** A version a caller may ask for: `YYYY.MM.DD-N` or `MAJOR.MINOR.PATCH` (the table's check says the same). */
export const RELEASE_VERSION = /^(\d{4}\.\d{2}\.\d{2}-\d{1,4}|\d{1,4}\.\d{1,4}\.\d{1,4})$/;

/** Why a release was not made: the version exists already (a release is never overwritten). */
export class ReleaseExistsError extends Error {
  constructor(readonly version: string) {
    super(`release ${version} exists already; a release is never overwritten`);
  }
}

export const releaseFileName = (version: string) => `waqai-${version}.${RELEASE_FORMAT}`;

/** The next date-based version for `now` (UTC): `2026.12.07-1`, then `-2` the same day. */
async function nextDailyVersion(db: Db, now: Date): Promise<string> {
  const day = now.toISOString().slice(0, 10).replace(/-/g, ".");
  const taken = await db
    .select({ version: releases.version })
    .from(releases)
    .where(like(releases.version, `${day}-%`));
  const n = Math.max(0, ...taken.map((r) => Number(r.version.slice(day.length + 1)) || 0)) + 1;
  return `${day}-${n}`;
}

/** Counts bytes and hashes them as they pass, holding nothing. */
function digestTap() {
  const hash = createHash("sha256");
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { tap, result: () => ({ sha256: hash.digest("hex"), bytes }) };
}

/**
 * Makes a release: the published archive as the dataset export, gzipped, streamed page by page into
 * `<dir>/waqai-<version>.dataset.jsonl.gz` (constant memory: one page of records, the gzip window, the hash),
 * hashed as written, then recorded. The file is written under a temporary name and linked to its final name,
 * which fails if that name exists, so a release file is never overwritten; the row's key is the version.
 * Like the exports, the archive is read page by page without one long transaction.
 */
export async function createRelease(db: Db, opts: { dir: string; version?: string; createdBy?: string | null; now?: Date }): Promise<ReleaseRow> {
  const version = opts.version ?? (await nextDailyVersion(db, opts.now ?? new Date()));
  if (!RELEASE_VERSION.test(version)) throw new Error(`not a release version: ${version}`);
  if ((await getRelease(db, version)) !== null) throw new ReleaseExistsError(version);
  await mkdir(opts.dir, { recursive: true });
  const fileName = releaseFileName(version);
  const final = path.join(opts.dir, fileName);
  const tmp = path.join(opts.dir, `.${fileName}.${randomBytes(6).toString("hex")}.tmp`);
  // Through when: the newest change to a published event before the read starts (an index range, events_review_idx).
  const [through] = await queryRows<{ at: string | null }>(db, sql`select max(updated_at)::text as at from events where status = 'published'`);
  let lastChunk = "";
  async function* source() {
    for await (const chunk of datasetJsonl(db)) {
      if (chunk.length) lastChunk = chunk;
      yield Buffer.from(chunk, "utf8");
    }
  }
  const digest = digestTap();
  try {
    await pipeline(Readable.from(source()), createGzip({ level: 6 }), digest.tap, createWriteStream(tmp, { flags: "wx" }));
    const { sha256, bytes } = digest.result();
    const end = JSON.parse(lastChunk.trimEnd().split("\n").pop() ?? "{}") as { kind?: string; counts?: Record<string, number> };
    if (end.kind !== "end" || !end.counts) throw new Error("the dataset export ended without its end line");
    try {
      await link(tmp, final);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new ReleaseExistsError(version);
      throw err;
    }
    try {
      const [row] = await db
        .insert(releases)
        .values({
          version,
          createdBy: opts.createdBy ?? null,
          format: RELEASE_FORMAT,
          fileName,
          bytes,
          sha256,
          counts: end.counts,
          eventsUpdatedThrough: through?.at ? new Date(through.at) : null,
        })
        .returning();
      return row!;
    } catch (err) {
      // The row is the release: without it the file is not one (and this process made it, by the link above).
      await unlink(final).catch(() => undefined);
      if ((await getRelease(db, version)) !== null) throw new ReleaseExistsError(version);
      throw err;
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

export async function getRelease(db: Db, version: string): Promise<ReleaseRow | null> {
  const [row] = await db.select().from(releases).where(eq(releases.version, version));
  return row ?? null;
}

/** Every release, newest first (a handful a year: no paging). */
export async function listReleases(db: Db): Promise<ReleaseRow[]> {
  return db.select().from(releases).orderBy(desc(releases.createdAt), desc(releases.version));
}

/** The file of a release on disk, with its size as stored (null when the folder does not hold it). */
export async function releaseFile(dir: string, row: ReleaseRow): Promise<{ path: string; bytes: number } | null> {
  const file = path.join(dir, row.fileName);
  try {
    const s = await stat(file);
    return { path: file, bytes: s.size };
  } catch {
    return null;
  }
}
