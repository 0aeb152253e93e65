import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import rateLimit from "@fastify/rate-limit";
import type { Redis } from "ioredis";
import { localeFrom } from "@waqai/api";

export interface RateLimitOptions {
  /** Requests per minute for a caller without a token, per IP address. */
  perIpPerMinute: number;
  /** Requests per minute per API token (all IPs using it together). */
  perTokenPerMinute: number;
  /**
   * Calls from this machine without a token and without a forwarding proxy are not counted: they are
   * the reader's and the admin's own server-side rendering, which fan out one page view into many calls.
   * A trusted reverse proxy's clients and the admin panel's browsers are counted by their own address.
   */
  exemptLocal: boolean;
  /** The token id behind a bearer secret, or null when it is not a live token (then the caller counts by IP). */
  tokenIdOf?: (secret: string) => Promise<string | null>;
  /**
   * Keep the counters in Redis (REDIS_URL), shared by every API process of a deployment, so a caller meets one
   * limit however many replicas a proxy spreads it over; unset = in this process's memory (one process only).
   * `prefix` (WAQAI_REDIS_PREFIX) starts every key, so deployments sharing one Redis count apart.
   */
  redis?: { client: Redis; prefix: string };
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

const message = {
  ar: (s: number) => `تجاوزت حدّ الطلبات المسموح به؛ أعد المحاولة بعد ${s} ثانية.`,
  en: (s: number) => `Rate limit exceeded; retry in ${s} seconds.`,
};

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  return h && /^Bearer\s+/i.test(h) ? h.replace(/^Bearer\s+/i, "").trim() : null;
}

/** One bucket per live token; everyone else (including bad tokens, so rotating junk tokens gains nothing) per IP. */
async function bucketOf(req: FastifyRequest, opts: RateLimitOptions): Promise<string> {
  const secret = bearerOf(req);
  if (secret && opts.tokenIdOf) {
    const id = await opts.tokenIdOf(secret);
    if (id) return `token:${id}`;
  }
  return `ip:${req.clientAddress}`;
}

/**
 * Rate limits on the API (tRPC, REST, exports), with the IETF RateLimit-* headers on every counted
 * response and Retry-After on a 429. The 429 body keeps each surface's own error shape: the REST
 * `{ code, message, fieldErrors }`, and tRPC's error envelope so typed clients read it as a TRPCClientError.
 */
export async function mountRateLimit(app: FastifyInstance, opts: RateLimitOptions) {
  // A short memo so a token is looked up once per few seconds for counting (authentication still checks it every call).
  const memo = new Map<string, { id: string | null; until: number }>();
  const tokenIdOf = opts.tokenIdOf
    ? async (secret: string) => {
        const key = createHash("sha256").update(secret).digest("hex");
        const hit = memo.get(key);
        if (hit && hit.until > Date.now()) return hit.id;
        const id = await opts.tokenIdOf!(secret);
        if (memo.size > 10_000) memo.clear();
        memo.set(key, { id, until: Date.now() + 10_000 });
        return id;
      }
    : undefined;
  const limits = { ...opts, tokenIdOf };
  // With Redis: when it cannot answer (down, unreachable, too slow), the request is served uncounted (see redis.ts).
  const store = opts.redis ? { redis: opts.redis.client, nameSpace: `${opts.redis.prefix}rate-limit:`, skipOnError: true } : {};

  await app.register(rateLimit, {
    global: true,
    ...store,
    timeWindow: 60_000,
    enableDraftSpec: true,
    keyGenerator: (req) => bucketOf(req, limits),
    max: (_req, key) => (key.startsWith("token:") ? opts.perTokenPerMinute : opts.perIpPerMinute),
    allowList: (req) => {
      if (req.url === "/health") return true;
      // Only this machine's own unforwarded calls: a browser behind the admin or a trusted proxy counts by its address.
      return (
        opts.exemptLocal && !bearerOf(req) && !req.forwarded && req.clientAddress === req.socket.remoteAddress && LOOPBACK.has(req.socket.remoteAddress ?? "")
      );
    },
    errorResponseBuilder: (req, ctx) => {
      const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
      const text = message[localeFrom(req.headers["accept-language"], req.headers.authorization ? "en" : "ar")](seconds);
      return Object.assign(new Error(text), { statusCode: 429, code: "TOO_MANY_REQUESTS" });
    },
  });

  // Its 429 is answered in each surface's shape by the host's error boundary (error-boundary.ts).
}

/** Limits from the environment, with defaults that a person browsing or a polite sync job never meets. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitOptions {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Math.floor(Number(v)) : d);
  return {
    perIpPerMinute: num(env.RATE_LIMIT_IP_PER_MINUTE, 300),
    perTokenPerMinute: num(env.RATE_LIMIT_TOKEN_PER_MINUTE, 1200),
    exemptLocal: env.RATE_LIMIT_EXEMPT_LOCAL !== "false",
  };
}
