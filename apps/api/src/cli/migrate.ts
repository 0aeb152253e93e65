// Applies the pending migrations to the database the API would open (DATABASE_URL, or the PGlite folder
// WAQAI_DATA_DIR), then says which and how long.
//   pnpm db:migrate
// For a deployment that runs its API processes with WAQAI_MIGRATE=off: migrate once, then start or roll them.
// On PostgreSQL it may run beside the API (migrations take an advisory lock, so a booting API waits for it);
// on PGlite run it while the API is stopped (PGlite has one owner; a running API makes it exit with code 75).
import { pendingMigrations } from "@waqai/db";
import { openDatabaseForCli } from "./open-database";

const database = await openDatabaseForCli("Stop the API first, or let it migrate at boot (WAQAI_MIGRATE unset or on).");
try {
  const pending = await pendingMigrations(database.db);
  console.log(`db:migrate: ${database.kind} at ${database.location}`);
  const started = Date.now();
  await database.migrate();
  // Read again: another process (a booting API) may have applied some of them while this one waited for the lock.
  const left = await pendingMigrations(database.db);
  const applied = pending.filter((tag) => !left.includes(tag));
  const ms = Date.now() - started;
  if (applied.length === 0) console.log(`db:migrate: already at the latest migration (${ms} ms)`);
  else console.log(`db:migrate: applied ${applied.length} migration(s) in ${ms} ms:\n${applied.map((tag) => `  ${tag}`).join("\n")}`);
} finally {
  await database.close();
}
