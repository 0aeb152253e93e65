import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";

/** Shared counters' Redis (REDIS_URL) and the prefix of every key (WAQAI_REDIS_PREFIX), so deployments sharing one Redis count apart. */
export interface SharedRedisOptions {
  url: string;
  prefix: string;
}

/** How long a request may wait for Redis: connecting, or one counter's answer. */
const REDIS_WAIT_MS = 500;

/**
 * The Redis client for the counters every API process shares: the API's request limits (rate-limit.ts) and the
 * sign-in throttle (sign-in-throttle.ts). When Redis is down or slow at a request, neither stops the request: the API
 * limits FAIL OPEN (the request is served uncounted: a public API that answered 500, or hung, whenever its counter
 * store blinked would turn a Redis outage into a site outage), and sign-ins fall back to a count in this process
 * (a password guesser gains at most one limit per replica). The log says so, once per outage.
 * No request waits on Redis for long: no offline queue (a command while disconnected fails at once), a connect
 * timeout and a per-command timeout; the client reconnects in the background and counting resumes by itself.
 */
export async function connectSharedRedis(app: FastifyInstance, url: string): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    connectTimeout: REDIS_WAIT_MS,
    commandTimeout: REDIS_WAIT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    // No CLIENT SETINFO on connect: Redis before 7.2 refuses it, which would read as a failure below.
    disableClientInfo: true,
  });
  const where = redactedUrl(url);
  // Logged once per outage, whichever shows it first: the connection failing, or a command failing or timing out
  // on a live connection (a Redis that stops answering emits no "error").
  let down = false;
  const failed = (err: unknown) => {
    if (down) return;
    down = true;
    app.log.warn(
      { err, redis: where },
      "Redis failed: limits are not shared until it answers again (API requests are served uncounted; sign-ins count in this process)",
    );
  };
  const answered = () => {
    if (!down) return;
    down = false;
    app.log.info({ redis: where }, "Redis answers again: rate limits are shared again");
  };
  client.on("error", failed);
  const send = client.sendCommand.bind(client);
  client.sendCommand = (command, stream) => {
    void command.promise.then(answered, failed);
    return send(command, stream);
  };
  // Close with the server (SIGTERM in main.ts), so no reconnect timer keeps the process alive.
  app.addHook("onClose", async () => {
    if (client.status === "ready") await client.quit().catch(() => client.disconnect());
    else client.disconnect();
  });
  // Connect before the first request, so counting is shared from it; a Redis that is down or mute delays the
  // start by at most a second and does not stop it (the error listener logs why; retryStrategy reconnects).
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([client.connect().catch(() => {}), new Promise((r) => (timer = setTimeout(r, 2 * REDIS_WAIT_MS)))]);
  clearTimeout(timer);
  if (client.status === "ready") app.log.info({ redis: where }, "rate limits and the sign-in throttle are counted in Redis, shared by every API process");
  return client;
}

/** The URL without its password, for the log. */
function redactedUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
