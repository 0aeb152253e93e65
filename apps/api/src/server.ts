import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { appRouter, createAuth, createContext, localeFrom, type AppRouter, type AuthOptions, API_VERSION } from "@waqai/api";
import { type Database } from "@waqai/db";
import { liveApiTokenId, outboxBacklog } from "@waqai/db/editorial";
import { TRPC_BATCH_MAX } from "@waqai/schema";
import { callerOf, mountAuth, originCheck } from "./auth-routes";
import { mountRest, REST_PREFIX } from "./rest";
import { mountSecurityHeaders } from "./security-headers";
import { mountExports } from "./exports";
import { mountPageLinks } from "./links";
import { mountReleaseDownloads } from "./releases";
import { mountRateLimit, rateLimitFromEnv, type RateLimitOptions } from "./rate-limit";
import { connectSharedRedis, type SharedRedisOptions } from "./redis";
import { sharedSignInThrottle } from "./sign-in-throttle";
import { mountErrorBoundary } from "./error-boundary";
import { mountClientAddress } from "./client-address";
import { mountCors } from "./cors";
import { mountCaching } from "./caching";
import { logFormat } from "./log-format";

export interface ServerOptions {
  database: Database;
  /**
   * A PostgreSQL streaming replica (DATABASE_READ_URL) for the public's reads: an anonymous GET reads it, while a
   * signed-in editor or an API token reads the primary, so whoever writes reads their own writes. The public may
   * see a write a replication lag late; the readers are told of it only once the replica has it (main.ts).
   */
  replica?: Database;
  logLevel?: string;
  /** The API's own URL (better-auth's base), the cookie-signing secret, and the origins trusted to write (the admin). */
  auth: AuthOptions;
  /** Per-IP and per-token limits; from the environment when not given (see rate-limit.ts). */
  rateLimit?: RateLimitOptions;
  /** Keep the rate-limit and sign-in counters in this Redis, shared by every API process (REDIS_URL); unset = in this process's memory. */
  redis?: SharedRedisOptions;
  /** Set `draining` on SIGTERM (main.ts): health answers 503 so a proxy stops sending, and keep-alive ends. */
  drain?: { draining: boolean };
  /** Peers whose X-Forwarded-For is believed (WAQAI_TRUSTED_PROXIES); none by default: the socket's address counts. */
  trustedProxies?: string[];
  /** The admin panel's proof that it names its browser's address (WAQAI_FORWARDER_SECRET); unset = no forwarder. */
  forwarderSecret?: string;
  /** Where dataset releases are written and read (WAQAI_RELEASES_DIR); unset = no releases are made or served. */
  releasesDir?: string;
}

/** The Idempotency-Key header (printable ASCII, at most 255 characters, as the IETF draft and Stripe have it); anything else is refused by the hook below. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const idempotencyKeyOf = (h: string | string[] | undefined) => (typeof h === "string" && IDEMPOTENCY_KEY.test(h) ? h : undefined);

/** The HTTP host: tRPC at /trpc, REST/OpenAPI at /api/v1, better-auth at /api/auth, a health check. The database is opened by the caller (main.ts). */
export async function buildServer({
  database,
  replica,
  logLevel = "info",
  auth: authOptions,
  rateLimit = rateLimitFromEnv(),
  redis,
  drain = { draining: false },
  trustedProxies = [],
  forwarderSecret,
  releasesDir,
}: ServerOptions): Promise<FastifyInstance> {
  // tRPC batch calls put every procedure name in the path: allow long paths. trustProxy: only the listed peers may name
  // another client address (a header from anyone else is ignored, so rotating it dodges no throttle).
  // forceCloseConnections false: on close, a connection that has not sent its request yet is answered (503, close)
  // rather than dropped, so no client sees a reset; main.ts bounds the wait with its deadline.
  const app = Fastify({
    logger: logFormat(logLevel),
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: trustedProxies.length ? trustedProxies : false,
    forceCloseConnections: false,
  });
  mountClientAddress(app, forwarderSecret);
  const trusted = new Set([new URL(authOptions.baseURL).origin, ...authOptions.trustedOrigins]);
  const shared = redis ? { client: await connectSharedRedis(app, redis.url), prefix: redis.prefix } : undefined;
  const auth = createAuth(database.db, {
    ...authOptions,
    trustedOrigins: [...trusted],
    ...(shared ? { throttleStorage: sharedSignInThrottle(shared.client, shared.prefix) } : {}),
  });
  await mountCors(app, trusted);
  originCheck(app, trusted);
  mountErrorBoundary(app);
  mountSecurityHeaders(app, `${REST_PREFIX}/docs`);
  mountPageLinks(app);
  await mountCaching(app);
  // Before any route: the limiter attaches itself to routes registered after it.
  await mountRateLimit(app, { tokenIdOf: (secret) => liveApiTokenId(database.db, secret), redis: shared, ...rateLimit });

  app.addHook("onRequest", (req, _reply, done) => {
    const key = req.headers["idempotency-key"];
    if (key !== undefined && !idempotencyKeyOf(key)) {
      return done(Object.assign(new Error("Idempotency-Key: 1 to 255 printable ASCII characters (a UUID is a good key)."), { statusCode: 400 }));
    }
    done();
  });
  // One request, bounded work: a tRPC batch names at most TRPC_BATCH_MAX procedures (our clients split there).
  app.addHook("onRequest", (req, _reply, done) => {
    if (!req.url.startsWith("/trpc/") || !/[?&]batch=1/.test(req.url)) return done();
    const calls = (req.url.slice("/trpc/".length).split("?")[0] ?? "").split(",").length;
    if (calls > TRPC_BATCH_MAX) {
      return done(
        Object.assign(new Error(`A batch may hold at most ${TRPC_BATCH_MAX} calls; this one holds ${calls}. Split it (the client's maxItems).`), {
          statusCode: 400,
        }),
      );
    }
    done();
  });
  // While draining, every answer asks the client to close its connection, so none is reused as the server stops.
  app.addHook("onRequest", async (_req, reply) => {
    if (drain.draining) reply.header("connection", "close");
  });
  app.get("/health", async (_req, reply) => {
    reply.header("cache-control", "no-store");
    if (drain.draining) return reply.code(503).send({ status: "draining", database: database.kind, version: API_VERSION });
    try {
      // The post-commit work still waiting (readers and caches not yet told, searches not re-keyed): a growing or
      // failing backlog is for the operator's monitoring, not a reason for a proxy to take this process out.
      const outbox = await outboxBacklog(database.db);
      return { status: "ok", database: database.kind, version: API_VERSION, outbox };
    } catch (err) {
      app.log.error({ err }, "health check failed");
      return reply.code(503).send({ status: "degraded", database: database.kind, version: API_VERSION });
    }
  });

  mountAuth(app, auth, database.db, authOptions.baseURL);

  const contextFor = async (req: FastifyRequest) => {
    // A bearer API token (programs) or the session cookie (the admin panel).
    const caller = await callerOf(auth, database.db, req.headers);
    const program = !!caller.token || !!caller.tokenRefused;
    const publicRead = !!replica && req.method === "GET" && !caller.user && !caller.token && !caller.tokenRefused;
    return createContext({
      db: publicRead ? replica.db : database.db,
      dbKind: database.kind,
      locale: localeFrom(req.headers["accept-language"], program ? "en" : "ar"),
      ...caller,
      ip: req.clientAddress,
      userAgent: req.headers["user-agent"],
      requestId: String(req.id),
      idempotencyKey: idempotencyKeyOf(req.headers["idempotency-key"]),
      releasesDir,
      publicUrl: authOptions.baseURL,
    });
  };

  await mountRest(app, contextFor, authOptions.baseURL);
  mountExports(app, database);
  mountReleaseDownloads(app, database, releasesDir);
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) => contextFor(req),
      onError({ path, error, req }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, reqId: req.id, err: error.cause ?? error }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
  return app;
}
