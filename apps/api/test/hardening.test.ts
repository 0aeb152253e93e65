import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createDb, type Database } from "@waqai/db";
import { createWaqaiClient } from "@waqai/client";
import { TRPC_BATCH_MAX } from "@waqai/schema";
import { buildServer } from "../src/server";
import { freshApiDatabase, type ApiDatabase } from "./process";

// The real Fastify host in this process, on its own database; the last test closes the database under it.
let apiDb: ApiDatabase;
let database: Database;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  apiDb = await freshApiDatabase("waqai_hardening_test");
  database = await createDb(apiDb.env.DATABASE_URL || undefined, { dataDir: apiDb.dataDir });
  await database.migrate();
  // "fatal": the test closes the database under the server on purpose; its error lines would only be noise.
  app = await buildServer({ database, logLevel: "fatal", auth: { baseURL: "http://127.0.0.1:4999", secret: "x".repeat(40), trustedOrigins: [] } });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await app?.close();
  await database?.close().catch(() => undefined);
  await apiDb?.dispose();
});

const trpc = (proc: string, input: unknown, headers: Record<string, string> = { "accept-language": "en" }) =>
  fetch(`${base}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });

describe("the API host's hardening", () => {
  it("sends security headers on data, errors and the reference page", async () => {
    for (const path of ["/health", "/trpc/events.list?input=%7B%7D", "/api/v1/events", "/api/v1/nothing", "/api/v1/docs/"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
    expect((await fetch(`${base}/health`)).headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers a NUL or a lone surrogate with 400 naming the field, on public and editor procedures alike, never a 500", async () => {
    for (const [proc, input] of [
      ["actors.list", { q: "a\u0000b" }],
      ["places.list", { q: "\u0000" }],
      ["search.query", { q: "غارة\uD800" }],
    ] as const) {
      const res = await trpc(proc, input);
      expect(res.status, proc).toBe(400);
      const body = (await res.json()) as { error: { data: { fieldErrors: Record<string, string> } } };
      expect(Object.keys(body.error.data.fieldErrors), proc).toEqual(["q"]);
    }
    const rest = await fetch(`${base}/api/v1/actors?q=${encodeURIComponent("x\u0000")}`, { headers: { "accept-language": "en" } });
    expect(rest.status).toBe(400);
    expect(((await rest.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty("q");
  });

  it("refuses a tRPC batch of more calls than TRPC_BATCH_MAX, one envelope per call, and the typed client splits its batches there", async () => {
    const batch = (n: number) =>
      fetch(
        `${base}/trpc/${Array(n).fill("events.byId").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { id: "evt-x" }]))))}`,
        { headers: { "accept-language": "en" } },
      );
    const over = await batch(TRPC_BATCH_MAX + 1);
    expect(over.status).toBe(400);
    const envelopes = (await over.json()) as { error: { message: string; data: { code: string } } }[];
    expect(envelopes).toHaveLength(TRPC_BATCH_MAX + 1);
    expect(envelopes[0]!.error.message).toContain(`at most ${TRPC_BATCH_MAX} calls`);
    // At the bound the batch runs (each unknown id is its own 404).
    expect((await batch(TRPC_BATCH_MAX)).status).not.toBe(400);
    // The typed client sends 40 calls made in one tick as batches the API accepts.
    const seen: number[] = [];
    const client = createWaqaiClient({
      url: base,
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        seen.push((url.split("/trpc/")[1] ?? "").split("?")[0]!.split(",").length);
        return fetch(input, init);
      },
    });
    const results = await Promise.all(Array.from({ length: 40 }, () => client.health.query()));
    expect(results).toHaveLength(40);
    expect(Math.max(...seen)).toBeLessThanOrEqual(TRPC_BATCH_MAX);
  });

  it("refuses an Idempotency-Key that is not 1 to 255 printable characters, naming the header", async () => {
    for (const key of ["x".repeat(256), "with space", "غارة"]) {
      const res = await fetch(`${base}/api/v1/events?limit=1`, { headers: { "idempotency-key": key, "accept-language": "en" } }).catch(() => null);
      if (!res) continue; // fetch itself refuses a non-Latin-1 header value
      expect(res.status, key).toBe(400);
      expect(((await res.json()) as { message: string }).message).toContain("Idempotency-Key");
    }
    expect((await fetch(`${base}/api/v1/events?limit=1`, { headers: { "idempotency-key": "0f8e2a4c-5b6d-4e1f-9a3b-7c8d9e0f1a2b" } })).status).toBe(200);
  });

  it("answers an unexpected failure with a plain 500 naming the request id: no SQL, no stack, no path", async () => {
    await database.close();
    const res = await trpc("events.list", { limit: 3 });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/select|Failed query|\bat \S+\.(ts|js)|\/work\/|node_modules|stack/i);
    const body = JSON.parse(text) as { error: { message: string; data: Record<string, unknown> } };
    const id = /request ([\w-]+)/.exec(body.error.message)?.[1];
    expect(id).toBeTruthy();
    expect(body.error.data).not.toHaveProperty("stack");
    const restRes = await fetch(`${base}/api/v1/events?limit=3`, { headers: { "accept-language": "ar" } });
    expect(restRes.status).toBe(500);
    const restBody = (await restRes.json()) as { code: string; message: string };
    expect(restBody.code).toBe("INTERNAL_SERVER_ERROR");
    expect(restBody.message).toMatch(/حدث خطأ من جهتنا/);
    expect(JSON.stringify(restBody)).not.toMatch(/select|Failed query/i);
  });
});
