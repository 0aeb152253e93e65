import { createHash } from "node:crypto";
import compress from "@fastify/compress";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { constants } from "node:zlib";

/** Anonymous reads may be kept this long by browsers and shared caches, then revalidated with the ETag. */
const PUBLIC_MAX_AGE_S = 60;

/** A caller that may see more than the public (a session cookie or a bearer token): its answers are its own. */
const personal = (req: FastifyRequest) => !!req.headers.cookie || !!req.headers.authorization;

/** True when an If-None-Match header names this ETag (a list, `*`, weak or strong: compared weakly, RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => bare(t) === bare(etag));
}

async function unpack(reply: FastifyReply, response: Response): Promise<Buffer> {
  reply.code(response.status);
  for (const [name, value] of response.headers) reply.header(name, value);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * HTTP caching and compression for every answer of the API:
 * - a weak ETag on each successful GET/HEAD whose body is in memory (procedures, REST, the OpenAPI
 *   document), and 304 Not Modified when If-None-Match names it, so a poller pays for a hash, not a download;
 *   streamed exports have none (their size is the archive's; hashing would mean holding them);
 * - `Cache-Control`: public answers `public, max-age=60, must-revalidate`; personal ones (cookie or token)
 *   `private, no-cache`; errors and writes `no-store`; `Vary` names what changes an answer;
 * - br or gzip (by Accept-Encoding) above 1 KB, streams included; Brotli at quality 4, fast enough for exports.
 * Register before the routes: hooks run in order, so the ETag is computed on the uncompressed body.
 */
export async function mountCaching(app: FastifyInstance) {
  app.addHook("onSend", async (req, reply, payload) => {
    // tRPC answers with a fetch Response (Fastify would unpack it after these hooks): unpack it here, status and
    // headers included, so its status decides the caching and its body (one page of results) gets an ETag and compression.
    if (payload instanceof Response) payload = await unpack(reply, payload);
    if (reply.getHeader("cache-control") === undefined) {
      const readable = (req.method === "GET" || req.method === "HEAD") && reply.statusCode < 400;
      reply.header("cache-control", !readable ? "no-store" : personal(req) ? "private, no-cache" : `public, max-age=${PUBLIC_MAX_AGE_S}, must-revalidate`);
    }
    reply.header("vary", "Accept-Encoding, Accept-Language, Authorization, Cookie, Origin");
    if ((req.method !== "GET" && req.method !== "HEAD") || reply.statusCode !== 200) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    const etag = `W/"${createHash("sha1").update(payload).digest("base64url")}"`;
    reply.header("etag", etag);
    if (!matches(req.headers["if-none-match"], etag)) return payload;
    reply.code(304).removeHeader("content-length");
    return "";
  });
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ["br", "gzip"],
    // The exports' media types (JSON Lines, GeoJSON, JSON-LD, CSV) besides what mime-db already calls compressible.
    customTypes: /^(text\/|application\/(x-ndjson|geo\+json|ld\+json|json|schema\+json|atom\+xml|xml))/,
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
