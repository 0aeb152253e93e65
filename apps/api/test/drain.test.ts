import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

let database: ApiDatabase;
let api: ApiProcess;
beforeAll(async () => {
  database = await freshApiDatabase("waqai_drain_test");
  api = await spawnApi({ ...database.env, WAQAI_DRAIN_GRACE_MS: "1500" });
});
afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

/** How a request ended: answered (with its status), refused before it was sent, or cut mid-way. */
async function attempt(url: string): Promise<number | "refused" | "cut"> {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.status;
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    return code === "ECONNREFUSED" ? "refused" : "cut";
  }
}

describe("graceful drain on SIGTERM", () => {
  it("under load behind a health-checking proxy: health says draining, the proxy stops routing, no request is cut; then it exits 0", async () => {
    const url = `${api.url}/trpc/events.list?input=${encodeURIComponent(JSON.stringify({ limit: 20 }))}`;
    const outcomes: (number | "refused" | "cut")[] = [];
    // The proxy: checks health every 100 ms (as nginx or a load balancer would) and routes only while it is 200.
    let routing = true;
    let sawDraining = false;
    const checker = (async () => {
      while (routing) {
        const h = await attempt(`${api.url}/health`);
        if (h !== 200) {
          routing = false;
          sawDraining = h === 503;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // Eight clients send through it for as long as it routes here.
    const clients = Array.from({ length: 8 }, async () => {
      while (routing) outcomes.push(await attempt(url));
    });
    // SIGTERM once the load is going (a count, not a time: a busy CI machine answers fewer per second).
    const until = Date.now() + 30_000;
    while (outcomes.length < 16 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const servedBefore = outcomes.length;
    api.proc.kill("SIGTERM");
    const code = await api.exited;
    await Promise.all([checker, ...clients]);
    expect(code).toBe(0);
    expect(sawDraining).toBe(true);
    expect(servedBefore).toBeGreaterThanOrEqual(16);
    const cut = outcomes.filter((o) => o !== 200);
    console.log(
      `drain: ${outcomes.length} requests under load through SIGTERM: ${outcomes.filter((o) => o === 200).length} answered 200, ${cut.length} cut or refused`,
    );
    expect(cut).toEqual([]);
  }, 60_000);
});
