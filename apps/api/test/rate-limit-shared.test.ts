import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";
import { ADMIN_ORIGIN, firstStartPassword, signIn } from "./admin-session";

// Two API processes behind one proxy must hold one limit: the counters live in Redis (REDIS_URL), not in each
// process's memory. With memory stores each process would allow the whole limit, twice it in total.
const LIMIT = 4;
const TOKEN_LIMIT = 6;
/** Sign-in attempts per address per minute: under LIMIT, so the sign-in throttle refuses before the request limit does. */
const SIGN_IN_LIMIT = 2;
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const onPostgres = !!process.env.TEST_DATABASE_URL;

/** Whether a Redis answers at REDIS_URL (a machine without one skips the shared test, and says so). */
async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisAnswers();
if (!redisUp) console.warn(`rate-limit-shared: no Redis answers at ${REDIS_URL}; the tests that need one are skipped`);

/** Each test speaks from its own address (WAQAI_TRUSTED_PROXIES makes this machine a proxy whose header is believed). */
const from = (ip: string, extra: Record<string, string> = {}) => ({ "x-forwarded-for": ip, "accept-language": "en", ...extra });

const limitsEnv = {
  RATE_LIMIT_IP_PER_MINUTE: String(LIMIT),
  RATE_LIMIT_TOKEN_PER_MINUTE: String(TOKEN_LIMIT),
  RATE_LIMIT_EXEMPT_LOCAL: "false",
  WAQAI_TRUSTED_PROXIES: "127.0.0.1",
  WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN,
  WAQAI_ADMIN_EMAIL: "shared.admin@example.org",
  WAQAI_SIGN_INS_PER_MINUTE: String(SIGN_IN_LIMIT),
};

/** One wrong sign-in (an unknown address each time, so no account lockout is involved): its status and body. */
async function wrongSignIn(api: ApiProcess, ip: string) {
  const res = await fetch(`${api.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ADMIN_ORIGIN, ...from(ip) },
    body: JSON.stringify({ email: `nobody.${randomBytes(4).toString("hex")}@example.org`, password: "not the password at all" }),
    signal: AbortSignal.timeout(5000),
  });
  return { status: res.status, body: await res.text() };
}

/** better-auth's own refusal (its throttle), not the API's request limit (whose message says "Rate limit exceeded"). */
const THROTTLED = /too many requests/i;

// Two processes on one database: PGlite has a single owner, so this needs PostgreSQL (TEST_DATABASE_URL).
describe.skipIf(!onPostgres || !redisUp)("rate limits shared through Redis by two API processes", () => {
  // A prefix of this run's own: parallel runs and keys left by old ones never count together.
  const prefix = `waqai-test-${Date.now()}-${randomBytes(4).toString("hex")}:`;
  let database: ApiDatabase;
  let first: ApiProcess;
  let second: ApiProcess;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    database = await freshApiDatabase("waqai_shared_limits");
    const env = { ...database.env, ...limitsEnv, REDIS_URL, WAQAI_REDIS_PREFIX: prefix };
    // The second starts once the first is healthy: the first has migrated, seeded and made the admin by then.
    first = await spawnApi(env);
    second = await spawnApi(env);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.dispose();
    if (redis) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it("both processes say they count in Redis, under this run's prefix", async () => {
    for (const api of [first, second]) expect(api.output()).toContain("are counted in Redis, shared by every API process");
    await fetch(`${first.url}/api/v1/events?limit=1`, { headers: from("203.0.113.50") });
    expect(await redis.get(`${prefix}rate-limit:ip:203.0.113.50`)).toBe("1");
  });

  it("one address alternating between the processes meets one limit: request L+1 is 429, on either process", async () => {
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const api = i % 2 ? second : first;
      const res = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.51") });
      statuses.push(res.status);
      remaining.push(res.headers.get("ratelimit-remaining") ?? "");
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429, 429]);
    expect(remaining.slice(0, LIMIT)).toEqual(["3", "2", "1", "0"]);
  });

  it("one API token used through both processes (from two addresses) meets one token limit", async () => {
    const admin = await signIn(first, "shared.admin@example.org", firstStartPassword(first), { "x-forwarded-for": "203.0.113.59" });
    const { token } = await admin.mutate<{ token: string }>("tokens.create", { name: "shared", scopes: ["read"], expiresInDays: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < TOKEN_LIMIT + 1; i++) {
      const api = i % 2 ? second : first;
      const res = await fetch(`${api.url}/api/v1/events?limit=1`, {
        headers: from(i % 2 ? "198.51.100.51" : "198.51.100.52", { authorization: `Bearer ${token}` }),
      });
      expect(res.headers.get("ratelimit-limit")).toBe(String(TOKEN_LIMIT));
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(TOKEN_LIMIT).fill(200), 429]);
  });

  it("sign-in attempts from one address alternating between the processes meet one throttle, counted in Redis", async () => {
    const results = [];
    for (let i = 0; i < SIGN_IN_LIMIT + 2; i++) results.push(await wrongSignIn(i % 2 ? second : first, "203.0.113.52"));
    expect(results.map((r) => r.status)).toEqual([...Array<number>(SIGN_IN_LIMIT).fill(401), 429, 429]);
    for (const r of results.slice(SIGN_IN_LIMIT)) expect(r.body).toMatch(THROTTLED);
    expect(await redis.keys(`${prefix}auth:*`)).not.toHaveLength(0);
  });
});

describe("rate limits when Redis cannot answer", () => {
  // A port where nothing listens (refused at once), and a server that accepts and never answers (a hung Redis).
  let mute: Server;
  let muteUrl = "";
  const databases: ApiDatabase[] = [];
  beforeAll(async () => {
    mute = createServer(() => {});
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
    const address = mute.address();
    muteUrl = `redis://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    mute?.close();
    for (const d of databases) await d.dispose();
  });

  for (const [name, url] of [
    ["nothing listens", () => "redis://127.0.0.1:1"],
    ["Redis accepts but never answers", () => muteUrl],
  ] as const) {
    it(`fails open when ${name}: requests are answered promptly, uncounted, sign-ins still throttled, the log says why, and the process stops cleanly`, async () => {
      const database = await freshApiDatabase("waqai_redis_down");
      databases.push(database);
      const api = await spawnApi({ ...database.env, ...limitsEnv, REDIS_URL: url(), WAQAI_REDIS_PREFIX: "waqai-test-down:", WAQAI_DRAIN_GRACE_MS: "0" });
      try {
        for (let i = 0; i < LIMIT + 2; i++) {
          const started = Date.now();
          const res = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.60"), signal: AbortSignal.timeout(5000) });
          expect(res.status).toBe(200);
          expect(Date.now() - started).toBeLessThan(2000);
        }
        expect(api.output()).toContain("Redis failed: limits are not shared");
        // Sign-ins do not fail open: without Redis they are counted in this process.
        const signIns = [];
        for (let i = 0; i < SIGN_IN_LIMIT + 1; i++) signIns.push(await wrongSignIn(api, "203.0.113.61"));
        expect(signIns.map((r) => r.status)).toEqual([...Array<number>(SIGN_IN_LIMIT).fill(401), 429]);
      } finally {
        // SIGTERM: app.close(), which closes the still-reconnecting Redis client, ends within the deadline: exit 0.
        expect(await api.stop()).toBe(0);
      }
      expect(api.output()).toContain("stopped cleanly");
    });
  }
});

/** A TCP relay to Redis that can be paused: while paused, commands still reach Redis but its answers are held back (as a Redis busy with a long script). */
async function pausableRelay(target: string) {
  const { hostname, port } = new URL(target);
  let paused = false;
  const links = new Set<{ client: Socket; held: Buffer[] }>();
  const server = createServer((client) => {
    const link = { client, held: [] as Buffer[] };
    links.add(link);
    const upstream = connect(Number(port || 6379), hostname);
    client.on("data", (d) => upstream.write(d));
    upstream.on("data", (d: Buffer) => (paused ? link.held.push(d) : client.write(d)));
    const end = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    for (const s of [client, upstream]) s.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `redis://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    pause: () => (paused = true),
    resume: () => {
      paused = false;
      for (const link of links) for (const d of link.held.splice(0)) link.client.write(d);
    },
    close: () => {
      for (const link of links) link.client.destroy();
      server.close();
    },
  };
}

describe.skipIf(!redisUp)("rate limits when a connected Redis stops answering, and comes back", () => {
  const prefix = `waqai-test-${Date.now()}-${randomBytes(4).toString("hex")}:`;
  let database: ApiDatabase;
  let api: ApiProcess;
  let relay: Awaited<ReturnType<typeof pausableRelay>>;
  beforeAll(async () => {
    relay = await pausableRelay(REDIS_URL);
    database = await freshApiDatabase("waqai_redis_pause");
    api = await spawnApi({ ...database.env, ...limitsEnv, REDIS_URL: relay.url, WAQAI_REDIS_PREFIX: prefix, WAQAI_DRAIN_GRACE_MS: "0" });
  });
  afterAll(async () => {
    await api?.stop();
    relay?.close();
    await database?.dispose();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it("serves promptly and uncounted while Redis is silent, logs it once, and counts in Redis again when it answers", async () => {
    const get = async () => {
      const started = Date.now();
      const res = await fetch(`${api.url}/api/v1/events?limit=1`, { headers: from("203.0.113.70"), signal: AbortSignal.timeout(5000) });
      return { status: res.status, remaining: res.headers.get("ratelimit-remaining"), ms: Date.now() - started };
    };
    expect((await get()).remaining).toBe(String(LIMIT - 1));
    expect((await get()).remaining).toBe(String(LIMIT - 2));

    relay.pause();
    for (let i = 0; i < LIMIT; i++) {
      const res = await get();
      // Not counted here (the full budget is reported), and held at most about the command timeout (500 ms).
      expect(res).toMatchObject({ status: 200, remaining: String(LIMIT) });
      expect(res.ms).toBeLessThan(2000);
    }
    expect(api.output().match(/Redis failed: limits are not shared/g)).toHaveLength(1);

    // Redis answers again (it had run the held commands: this address is now over its limit in Redis).
    relay.resume();
    const after = await get();
    expect(after.status).toBe(429);
    // The log line follows the first answer's callback, which may come just after the response.
    await expect.poll(() => api.output(), { timeout: 5000 }).toContain("Redis answers again: rate limits are shared again");
  });
});
