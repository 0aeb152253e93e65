import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWaqaiClient, TRPCClientError } from "@waqai/client";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";
import { ADMIN_ORIGIN, firstStartPassword, signIn } from "./admin-session";

// A real API process with a tiny limit and the local exemption off, so this machine counts like any client.
const LIMIT = 4;
const TOKEN_LIMIT = 6;
let database: ApiDatabase;
let api: ApiProcess;
beforeAll(async () => {
  database = await freshApiDatabase();
  api = await spawnApi({
    ...database.env,
    RATE_LIMIT_IP_PER_MINUTE: String(LIMIT),
    RATE_LIMIT_TOKEN_PER_MINUTE: String(TOKEN_LIMIT),
    RATE_LIMIT_EXEMPT_LOCAL: "false",
    // As behind nginx on this machine: X-Forwarded-For from loopback is believed here (auth.test.ts shows the default).
    WAQAI_TRUSTED_PROXIES: "127.0.0.1",
    WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN,
    WAQAI_ADMIN_EMAIL: "limits.admin@example.org",
  });
});
afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

/** Each test speaks from its own address (WAQAI_TRUSTED_PROXIES makes this machine a proxy whose header is believed). */
const from = (ip: string, extra: Record<string, string> = {}) => ({ "x-forwarded-for": ip, "accept-language": "en", ...extra });

describe("rate limits", () => {
  it("counts each IP on its own, with the RateLimit headers, then 429 with Retry-After and the REST error shape", async () => {
    const remaining: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.1") });
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-limit")).toBe(String(LIMIT));
      expect(Number(res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
      remaining.push(Number(res.headers.get("ratelimit-remaining")));
    }
    expect(remaining).toEqual([3, 2, 1, 0]);
    const over = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.1") });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await over.json()) as { code: string; message: string; fieldErrors: unknown };
    expect(body).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Rate limit exceeded; retry in \d+ seconds\.$/) as unknown,
      fieldErrors: null,
    });
    // Another address still has its whole budget; the health check is never counted.
    const other = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.2") });
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe(String(LIMIT - 1));
    expect((await fetch(`${api.url}/health`, { headers: from("203.0.113.1") })).status).toBe(200);
  });

  it("answers tRPC in tRPC's error envelope (one per call of a batch), so the typed client sees TOO_MANY_REQUESTS, in Arabic by default", async () => {
    for (let i = 0; i < LIMIT; i++) expect((await fetch(`${api.url}/trpc/health`, { headers: from("203.0.113.3") })).status).toBe(200);
    const single = await fetch(`${api.url}/trpc/health`, { headers: from("203.0.113.3", { "accept-language": "ar" }) });
    expect(single.status).toBe(429);
    const envelope = (await single.json()) as { error: { message: string; data: { code: string; httpStatus: number } } };
    expect(envelope.error.data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429 });
    expect(envelope.error.message).toContain("تجاوزت حدّ الطلبات");

    const client = createWaqaiClient({ url: api.url, headers: from("203.0.113.3") });
    const err = await Promise.all([client.events.list.query({ limit: 1 }), client.health.query()]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCClientError);
    expect((err as TRPCClientError<never>).data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429 });
  });

  it("does not let a caller escape its IP's limit by sending made-up bearer tokens", async () => {
    for (let i = 0; i < LIMIT; i++) await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.4") });
    const res = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.4", { authorization: "Bearer wq_madeup" }) });
    expect(res.status).toBe(429);
  });

  it("counts a live token on its own budget, across IPs, and not against the IP it comes from", async () => {
    // The admin's own calls come from an address of their own (the session's sign-in counts there too).
    const admin = await signIn(api, "limits.admin@example.org", firstStartPassword(api), { "x-forwarded-for": "203.0.113.9" });
    const { token } = await admin.mutate<{ token: string }>("tokens.create", { name: "limits", scopes: ["read"], expiresInDays: 1 });
    const statuses: number[] = [];
    let limit = "";
    for (let i = 0; i < TOKEN_LIMIT + 1; i++) {
      // Alternate addresses: the token's budget is shared between them.
      const res = await fetch(`${api.url}/api/v1/events?limit=1`, {
        headers: from(i % 2 ? "198.51.100.1" : "198.51.100.2", { authorization: `Bearer ${token}` }),
      });
      statuses.push(res.status);
      limit ||= res.headers.get("ratelimit-limit") ?? "";
    }
    expect(limit).toBe(String(TOKEN_LIMIT));
    expect(statuses).toEqual([...Array<number>(TOKEN_LIMIT).fill(200), 429]);
    // Those addresses' own anonymous budgets were not touched.
    const anon = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("198.51.100.1") });
    expect(anon.headers.get("ratelimit-remaining")).toBe(String(LIMIT - 1));
  });
});
