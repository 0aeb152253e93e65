import { freshApiDatabase, spawnApi, type ApiProcess } from "./process";

/**
 * Spawns the real API on its own fresh database (seeded at boot): a database made on TEST_DATABASE_URL's
 * server and dropped afterwards, else PGlite in a temp folder. `stop()` removes what it made.
 */
export async function startSeededApi(): Promise<{ api: ApiProcess; stop: () => Promise<void> }> {
  const database = await freshApiDatabase();
  const api = await spawnApi(database.env);
  return {
    api,
    async stop() {
      await api.stop();
      await database.dispose();
    },
  };
}
