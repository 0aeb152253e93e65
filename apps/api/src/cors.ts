import cors, { type FastifyCorsOptions } from "@fastify/cors";
import type { FastifyInstance } from "fastify";

/** What a page on another origin may send and read (the preflight's answer). */
const ALLOWED_HEADERS = ["accept", "accept-language", "authorization", "content-type", "idempotency-key", "if-none-match", "trpc-accept", "x-trpc-source"];
const EXPOSED_HEADERS = [
  "etag",
  "content-disposition",
  "link",
  "retry-after",
  "ratelimit",
  "ratelimit-policy",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
];

/**
 * CORS for the whole API (tRPC, REST, exports, feed-like routes): public reads from any origin without
 * credentials (`Access-Control-Allow-Origin: *`, so no cookie ever rides along), and credentialed calls
 * (the session cookie) only from the trusted origins, which get their own origin echoed with
 * `Allow-Credentials`. A bearer token from another origin still works: it is a header, not a credential
 * in the CORS sense, and originCheck (auth-routes.ts) lets token calls through without a cookie.
 */
export async function mountCors(app: FastifyInstance, trusted: Set<string>) {
  const common: FastifyCorsOptions = { allowedHeaders: ALLOWED_HEADERS, exposedHeaders: EXPOSED_HEADERS, maxAge: 600, strictPreflight: false };
  await app.register(cors, {
    delegator: (req, callback) => {
      const origin = req.headers.origin;
      if (origin && trusted.has(origin)) {
        callback(null, { ...common, origin, credentials: true, methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] });
      } else {
        callback(null, { ...common, origin: "*", credentials: false, methods: ["GET", "HEAD", "POST", "OPTIONS"] });
      }
    },
  });
}
