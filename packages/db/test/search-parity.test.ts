import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "../src/client";
import { loadSeeds } from "../src/seed/load";
import { reindexSearch, searchRecords } from "../src/search";
import { synthesize } from "../src/synth/write";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

// Runs in the PostgreSQL pass (TEST_DATABASE_URL set): the same seed and queries on PGlite and on the
// server must give identical hits, order, scores and snippets.
const QUERIES = ["غارات", "اجلاء", "الكيميائية", "Lavrov", "خان شيخون", "الخارجية الأمريكية", "المعارضة السورية", "حلب", "١١ غارة", "اتفاق"];

/**
 * For the enclosing describe: the server database and an in-process PGlite one, each filled the same way
 * and indexed for search before its tests, closed after them. Read them inside the tests.
 */
function serverAndEmbedded(fill: (db: Database["db"]) => Promise<unknown>) {
  const both = {} as { server: TestDb; embedded: Database };
  beforeAll(async () => {
    both.server = await openTestDb();
    both.embedded = await createDb(undefined, { dataDir: ":memory:" });
    await both.embedded.migrate();
    for (const d of [both.server, both.embedded]) {
      await fill(d.db);
      await reindexSearch(d.db);
    }
  });
  afterAll(async () => {
    await both.embedded?.close();
    await both.server?.dispose();
  });
  return both;
}

describe.runIf(!!process.env.TEST_DATABASE_URL)("search parity between PGlite and PostgreSQL", () => {
  const both = serverAndEmbedded((db) => loadSeeds(db, SEEDS_DIR));

  it.each(QUERIES)("«%s» gives the same results on both", async (q) => {
    const a = await searchRecords(both.server.db, { q, limit: 50 });
    const b = await searchRecords(both.embedded.db, { q, limit: 50 });
    expect(a.items.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});

// Words matching many more entries than a candidate block: the blocks (an ordered index scan on one
// backend, maybe the GIN index on the other) and every page after them must be the same on both.
describe.runIf(!!process.env.TEST_DATABASE_URL)("search parity with many matches", () => {
  const both = serverAndEmbedded((db) => synthesize(db, { events: 1200, seed: 5, batchSize: 400 }));

  it.each(["غارات", "قوات", "غارات جوية", "كفر"])("«%s» pages through the same results on both", async (q) => {
    let cursor: string | undefined;
    for (let page = 0; page < 6; page++) {
      const a = await searchRecords(both.server.db, { q, limit: 50, cursor });
      const b = await searchRecords(both.embedded.db, { q, limit: 50, cursor });
      expect(b).toEqual(a);
      if (page === 0) expect(a.nextCursor).not.toBeNull();
      if (!a.nextCursor) break;
      cursor = a.nextCursor;
    }
  });
});
