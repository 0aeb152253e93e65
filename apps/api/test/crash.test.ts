import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";

/**
 * Crash safety as a standing check: the API is SIGKILLed ten times in the middle of a stream of
 * creates; after each restart every write it acknowledged is there, whole (version 1, one revision).
 * Prints "10 kills: N acked, 0 missing". A short lock staleness, so each PGlite restart waits little for
 * the dead owner's lock.
 */
const KILLS = 10;
let database: ApiDatabase;
let env: Record<string, string>;
let api: ApiProcess;
let admin: Session;

beforeAll(async () => {
  database = await freshApiDatabase("waqai_crash_test");
  env = { ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, WAQAI_ADMIN_EMAIL: "crash.admin@example.org", WAQAI_LOCK_STALE_MS: "2000", LOG_LEVEL: "warn" };
  api = await spawnApi(env);
  admin = await signIn(() => api, "crash.admin@example.org", firstStartPassword(api));
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

interface Written {
  id: string;
  version: number;
}

describe("crash safety", () => {
  it(`${KILLS} SIGKILLs during acknowledged writes lose none of them`, async () => {
    const acked: string[] = [];
    let attempted = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      let stop = false;
      const writer = (async () => {
        while (!stop) {
          attempted++;
          try {
            const w = await admin.mutate<Written>("edit.event.create", { type: "air_strike", titleAr: `غارة ${kill}-${attempted}` });
            acked.push(w.id);
          } catch {
            return; // the connection died with the process: that write was never acknowledged
          }
        }
      })();
      await new Promise((r) => setTimeout(r, 300 + ((kill * 137) % 700)));
      api.proc.kill("SIGKILL");
      await api.exited;
      stop = true;
      await writer;
      api = await spawnApi(env);
    }
    const missing: string[] = [];
    const torn: string[] = [];
    // Every acknowledged create is there, at version 1 with its one revision.
    for (let i = 0; i < acked.length; i += 16) {
      await Promise.all(
        acked.slice(i, i + 16).map(async (id) => {
          const rec = await admin.query<{ version: number } | null>("edit.event.get", { id }).catch(() => null);
          if (!rec) return missing.push(id);
          const history = await admin.query<{ version: number }[]>("revisions.history", { kind: "event", id });
          if (rec.version !== 1 || history.length !== 1) torn.push(id);
        }),
      );
    }
    console.log(`${KILLS} kills: ${acked.length} acked (${attempted} attempted), ${missing.length} missing, ${torn.length} torn`);
    expect(acked.length).toBeGreaterThan(KILLS);
    expect(missing).toEqual([]);
    expect(torn).toEqual([]);
  }, 360_000);
});
