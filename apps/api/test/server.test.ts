import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

// Against PostgreSQL when TEST_DATABASE_URL is set (a database made and dropped here), else PGlite in a temp folder.
const serverUrl = process.env.TEST_DATABASE_URL;
let database: ApiDatabase;
let env: Record<string, string>;
let api: ApiProcess;

beforeAll(async () => {
  database = await freshApiDatabase();
  env = database.env;
  api = await spawnApi(env);
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${api.url}${p}`, { headers });
const input = (o: unknown) => `?input=${encodeURIComponent(JSON.stringify(o))}`;

describe("the API server over HTTP", () => {
  it("GET /health says ok and which database", async () => {
    const res = await get("/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & { outbox: Record<string, unknown> };
    expect(body).toEqual({
      status: "ok",
      database: serverUrl ? "postgres" : "pglite",
      version: expect.any(String) as unknown,
      outbox: expect.any(Object) as unknown,
    });
    // The post-commit work still waiting (revalidate.test.ts shows it filling and emptying).
    expect(typeof body.outbox.waiting).toBe("number");
    expect(typeof body.outbox.failing).toBe("number");
    expect(body.outbox).toHaveProperty("oldestSeconds");
  });

  it("migrated and loaded the seed at boot, and serves it through tRPC", async () => {
    const res = await get(`/trpc/events.list${input({ limit: 100 })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { items: { id: string; status: string }[] } } };
    expect(body.result.data.items.length).toBeGreaterThan(5);
    expect(new Set(body.result.data.items.map((e) => e.status))).toEqual(new Set(["published"]));
    expect(api.output()).toContain("seeds loaded into the empty database");
  });

  it("answers bad input with 400 naming the field, in the language asked for", async () => {
    const en = await get(`/trpc/events.list${input({ limit: 0 })}`, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as { error: { message: string; data: { code: string; fieldErrors: Record<string, string> } } };
    expect(enBody.error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(enBody.error.data.fieldErrors)).toEqual(["limit"]);
    const ar = await get(`/trpc/events.list${input({ limit: 0 })}`, { "accept-language": "ar" });
    const arBody = (await ar.json()) as { error: { message: string } };
    expect(arBody.error.message).toMatch(/^limit: .*[\u0600-\u06FF]/);
  });

  it("answers an unknown id with 404", async () => {
    const res = await get(`/trpc/events.byId${input({ id: "ev-does-not-exist" })}`, { "accept-language": "en" });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain("ev-does-not-exist");
  });

  it("stops cleanly on SIGTERM and keeps all data across a restart", async () => {
    const before: unknown = await (await get(`/trpc/events.list${input({ limit: 100 })}`)).json();
    expect(await api.stop()).toBe(0);
    expect(api.output()).toContain("stopped cleanly");
    api = await spawnApi(env);
    expect(api.output()).toContain("seeds not loaded");
    const after: unknown = await (await get(`/trpc/events.list${input({ limit: 100 })}`)).json();
    expect(after).toEqual(before);
  });
});

describe("the PGlite data folder has one owner", () => {
  it("refuses a second API on the same folder with a clear message, and leaves the first one working", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "waqai-lock-test-"));
    const first = await spawnApi({ WAQAI_DATA_DIR: folder, DATABASE_URL: "" });
    try {
      const second = await spawnApi({ WAQAI_DATA_DIR: folder, DATABASE_URL: "" }, { waitHealthy: false });
      expect(await second.exited).toBe(75);
      // The holder is the first server's node process (tsx runs it as a child of the pid we spawned).
      expect(second.output()).toMatch(/is already open in process \d+\. PGlite allows one owner/);
      expect((await fetch(`${first.url}/health`)).status).toBe(200);
      expect(await first.stop()).toBe(0);
      // Once the owner has stopped, the folder opens again with its data.
      const third = await spawnApi({ WAQAI_DATA_DIR: folder, DATABASE_URL: "" });
      expect(third.output()).toContain("seeds not loaded");
      expect(await third.stop()).toBe(0);
    } finally {
      await first.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000); // three cold PGlite starts, now with the first-admin bootstrap and the search index
});
