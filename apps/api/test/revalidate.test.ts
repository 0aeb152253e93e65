import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";
import { freePort, freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

// Every reader instance hears of every write, through the outbox: the API (its real process) posts each
// write's cache tags to every URL in READER_URL; a reader that is down is told again once it is back.

interface FakeReader {
  url: string;
  /** The tags of every revalidation this reader answered 200 to. */
  told: string[][];
  /** What it answers; 503 while "down". */
  status: number;
  attempts: number;
  server: Server;
}

async function reader(status = 200): Promise<FakeReader> {
  const port = await freePort();
  const r: FakeReader = { url: `http://127.0.0.1:${port}`, told: [], status, attempts: 0, server: createServer() };
  r.server.on("request", (req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      r.attempts++;
      const ok = req.url === "/api/revalidate" && req.headers.authorization === `Bearer ${SECRET}` && r.status === 200;
      if (ok) r.told.push((JSON.parse(body) as { tags: string[] }).tags);
      res.writeHead(ok ? 200 : r.status).end();
    });
  });
  await new Promise<void>((resolve) => r.server.listen(port, "127.0.0.1", resolve));
  return r;
}

const SECRET = "revalidate-test-secret-0123456789";
let database: ApiDatabase;
let api: ApiProcess;
let admin: Session;
let up: FakeReader;
let down: FakeReader;

beforeAll(async () => {
  [up, down] = [await reader(200), await reader(503)];
  database = await freshApiDatabase("waqai_revalidate_test");
  api = await spawnApi({
    ...database.env,
    WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN,
    WAQAI_ADMIN_EMAIL: "revalidate.admin@example.org",
    READER_URL: `${up.url}, ${down.url}`,
    REVALIDATE_SECRET: SECRET,
  });
  admin = await signIn(api, "revalidate.admin@example.org", firstStartPassword(api));
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
  for (const r of [up, down]) r?.server.close();
});

async function until(what: string, test: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms:\n${api.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("reader revalidation through the outbox", () => {
  it("tells every reader instance of a write, and a reader that was down once it is back", async () => {
    const { id } = await admin.mutate<{ id: string }>("edit.event.create", { type: "air_strike", titleAr: "غارة على خان شيخون" });
    const tagged = (r: FakeReader) => r.told.some((tags) => tags.includes(`event:${id}`));
    await until("the reader that is up revalidated", () => tagged(up));
    await until("the reader that is down was tried", () => down.attempts > 0);
    await until("the failure was logged, naming the reader", () => api.output().includes(`${down.url} answered 503`));
    expect(tagged(down)).toBe(false);
    // The operator sees it on /health: the notify row waits, failing, until the reader is back.
    const backlog = async () => ((await (await fetch(`${api.url}/health`)).json()) as { outbox: { waiting: number; failing: number } }).outbox;
    expect(await backlog()).toMatchObject({ waiting: 1, failing: 1 });

    down.status = 200; // back up: the outbox's next attempt (backing off from 1 s) reaches it
    await until("the reader that came back revalidated", () => tagged(down));
    // Done work is deleted: the backlog empties (the reader that was up may still be told again meanwhile).
    const end = Date.now() + 15_000;
    while ((await backlog()).waiting > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(await backlog()).toEqual({ waiting: 0, failing: 0, oldestSeconds: null });
    expect(up.told.filter((tags) => tags.includes(`event:${id}`)).length).toBeGreaterThanOrEqual(1);
  });
});
