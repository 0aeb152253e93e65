import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, queryRows, type Db } from "./client";

interface Journal {
  entries: { tag: string; when: number }[];
}

/**
 * The migrations not yet applied to `db`, oldest first, by the rule drizzle's migrator applies them: every one in
 * the journal newer than the newest recorded in drizzle.__drizzle_migrations. An API that does not migrate at boot
 * (WAQAI_MIGRATE=off) refuses to serve while this is not empty; `pnpm db:migrate` reports what it applied.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as Journal;
  const [table] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  let newest: number | undefined;
  if (table?.present) {
    const [row] = await queryRows<{ newest: string | null }>(db, sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`);
    if (row?.newest != null) newest = Number(row.newest);
  }
  return journal.entries.filter((e) => newest === undefined || newest < e.when).map((e) => e.tag);
}
