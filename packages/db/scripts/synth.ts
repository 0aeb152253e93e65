// Usage: pnpm db:synth --events 100000 [--seed 20170404] [--batch 2000]
// Writes to DATABASE_URL, or to the PGlite folder WAQAI_DATA_DIR (.data by default) while the API is stopped.
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../src/client";
import { synthesize } from "../src/synth/write";
import { reindexSearch } from "../src/search/reindex";
import { sql } from "drizzle-orm";

const { values } = parseArgs({
  options: { events: { type: "string", default: "100000" }, seed: { type: "string", default: "20170404" }, batch: { type: "string", default: "2000" } },
});
const events = Number(values.events);
if (!Number.isInteger(events) || events < 1) {
  console.error(`--events must be a positive whole number (got "${values.events}")`);
  process.exit(2);
}
const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.WAQAI_DATA_DIR ?? ".data");
const database = await createDb(process.env.DATABASE_URL, { dataDir });
console.log(`synth: ${events} events into ${database.kind} at ${database.location}`);
await database.migrate();
const started = Date.now();
let last = 0;
const result = await synthesize(database.db, {
  events,
  seed: Number(values.seed),
  batchSize: Number(values.batch),
  onProgress(done, total) {
    if (Date.now() - last > 2000 || done === total) {
      last = Date.now();
      const s = (Date.now() - started) / 1000;
      console.log(`synth: ${done}/${total} events (${Math.round((100 * done) / total)}%), ${Math.round(done / s)} events/s`);
    }
  },
});
console.log(`synth: done in ${((Date.now() - started) / 1000).toFixed(1)} s`, result);
// The archive as the API would have it after imports: searchable, and with planner statistics (without them
// PostgreSQL plans the first queries over a million rows as if the tables were empty).
const indexing = Date.now();
console.log("synth: indexing for search…");
await reindexSearch(database.db);
await database.db.execute(sql`analyze`);
console.log(`synth: search index and statistics in ${((Date.now() - indexing) / 1000).toFixed(1)} s`);
await database.close();
