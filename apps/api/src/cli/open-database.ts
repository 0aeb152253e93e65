import { createDb, DataDirLockedError, type Database } from "@waqai/db";
import { readEnv } from "../env";

/**
 * The database the API would open (DATABASE_URL, or the PGlite folder), for a command-line tool. PGlite has
 * one owner: while the API holds the folder the tool stops with exit code 75 (EX_TEMPFAIL) and says what to
 * do instead (`whileApiRuns`).
 */
export async function openDatabaseForCli(whileApiRuns: string): Promise<Database> {
  const env = readEnv();
  try {
    return await createDb(env.DATABASE_URL, { dataDir: env.dataDir });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`${err.message}\n${whileApiRuns}`);
      process.exit(75);
    }
    throw err;
  }
}
