/**
 * Dataset releases: the file is the dataset export gzipped, its recorded SHA-256 and size are the file's, its
 * counts are the dataset's end line, versions follow the day, and a release is never overwritten (the file
 * is linked under its name only if the name is free; the row refuses updates and deletes).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/client";
import { synthesize } from "../src/synth/write";
import { createRelease, getRelease, listReleases, releaseFile, ReleaseExistsError } from "../src/export";
import { openTestDb, sqlState, unpublishSome, type TestDb } from "./test-db";

let tdb: TestDb;
let dir: string;
beforeAll(async () => {
  tdb = await openTestDb();
  dir = mkdtempSync(path.join(tmpdir(), "waqai-releases-"));
  await synthesize(tdb.db, { events: 300, seed: 5, batchSize: 300 });
  const ids = (await queryRows<{ id: string }>(tdb.db, sql`select id from events order by id`)).map((r) => r.id);
  await unpublishSome(tdb.db, ids);
}, 120_000);
afterAll(async () => {
  await tdb?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("releases", () => {
  it("write the published dataset, gzipped, with the file's own checksum, size and counts", async () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const r = await createRelease(tdb.db, { dir, createdBy: "u-admin", now });
    expect(r.version).toBe("2026.12.07-1");
    const file = await releaseFile(dir, r);
    const bytes = readFileSync(file!.path);
    expect(r.bytes).toBe(bytes.length);
    expect(r.sha256).toBe(sha256(bytes));
    const lines = gunzipSync(bytes).toString("utf8").trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "waqai-dataset" });
    const end = JSON.parse(lines.at(-1)!) as { kind: string; counts: Record<string, number> };
    expect(end.kind).toBe("end");
    expect(r.counts).toEqual(end.counts);
    const [published] = await queryRows<{ n: number }>(tdb.db, sql`select count(*)::int as n from events where status = 'published'`);
    expect(r.counts.event).toBe(Number(published!.n));
    expect(lines.filter((l) => l.startsWith('{"kind":"event"')).length).toBe(Number(published!.n));
    const [through] = await queryRows<{ at: string }>(tdb.db, sql`select max(updated_at)::text as at from events where status = 'published'`);
    expect(r.eventsUpdatedThrough?.getTime()).toBe(new Date(through!.at).getTime());
    // The next one the same day is -2; the temporary file is gone.
    const again = await createRelease(tdb.db, { dir, now });
    expect(again.version).toBe("2026.12.07-2");
    expect(again.sha256).toBe(r.sha256);
    expect(readdirSync(dir).sort()).toEqual(["waqai-2026.12.07-1.dataset.jsonl.gz", "waqai-2026.12.07-2.dataset.jsonl.gz"]);
    expect((await listReleases(tdb.db)).map((x) => x.version)).toEqual(["2026.12.07-2", "2026.12.07-1"]);
  });

  it("are never overwritten: the same version again is refused and the file is untouched", async () => {
    const first = await createRelease(tdb.db, { dir, version: "1.0.0" });
    const before = readFileSync(path.join(dir, first.fileName));
    // The archive changes; asking for 1.0.0 again must not replace it.
    await tdb.db.execute(
      sql`update events set title_ar = title_ar || ' (معدل)' where status = 'published' and id in (select id from events where status = 'published' order by id limit 5)`,
    );
    await expect(createRelease(tdb.db, { dir, version: "1.0.0" })).rejects.toBeInstanceOf(ReleaseExistsError);
    expect(sha256(readFileSync(path.join(dir, first.fileName)))).toBe(sha256(before));
    expect(await getRelease(tdb.db, "1.0.0")).toEqual(first);
    // Nor by the file's name alone (a row lost, a file kept): the link refuses a taken name.
    await tdb.db.execute(sql`alter table releases disable trigger releases_no_update`);
    await tdb.db.execute(sql`delete from releases where version = '1.0.0'`);
    await tdb.db.execute(sql`alter table releases enable trigger releases_no_update`);
    await expect(createRelease(tdb.db, { dir, version: "1.0.0" })).rejects.toBeInstanceOf(ReleaseExistsError);
    expect(sha256(readFileSync(path.join(dir, first.fileName)))).toBe(sha256(before));
  });

  it("refuse updates and deletes of their rows, and versions of another shape", async () => {
    expect(await sqlState(tdb.db.execute(sql`update releases set sha256 = repeat('0', 64) where version = '2026.12.07-1'`))).toBe("23001");
    expect(await sqlState(tdb.db.execute(sql`delete from releases where version = '2026.12.07-1'`))).toBe("23001");
    // Refused before SQL: the version's shape is checked in code, so the error carries no SQLSTATE.
    await expect(sqlState(createRelease(tdb.db, { dir, version: "latest" }))).rejects.toThrow();
  });
});
