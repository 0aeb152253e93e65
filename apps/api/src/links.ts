import type { FastifyInstance } from "fastify";
import { REST_PREFIX } from "./rest";

/**
 * RFC 8288 `Link` headers on the REST lists: a page whose body has a `nextCursor` names its next page
 * (`rel="next"`, the same query with that cursor), its previous one when the body has a `prevCursor`
 * (`rel="prev"`: a backward cursor, the page before this page's first row) and the first (`rel="first"`,
 * without a cursor), as path-absolute URLs.
 * Register before mountCaching: hooks run in order, and the body must be read before it is compressed.
 */
export function mountPageLinks(app: FastifyInstance) {
  // The URL as it arrived: trpc-to-openapi rewrites the request's URL without the prefix before answering.
  const arrived = new WeakMap<object, string>();
  app.addHook("onRequest", (req, _reply, done) => {
    if (req.url.startsWith(`${REST_PREFIX}/`)) arrived.set(req, req.url);
    done();
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || reply.statusCode !== 200) return payload;
    const path = arrived.get(req);
    if (!path || path.startsWith(`${REST_PREFIX}/export/`)) return payload;
    if (typeof payload !== "string" || !payload.includes('"nextCursor":')) return payload;
    let next: unknown;
    let prev: unknown;
    try {
      ({ nextCursor: next, prevCursor: prev } = JSON.parse(payload) as { nextCursor?: unknown; prevCursor?: unknown });
    } catch {
      return payload;
    }
    if (next !== null && typeof next !== "string") return payload;
    const url = new URL(path, "http://x");
    url.searchParams.delete("cursor");
    const first = `${url.pathname}${url.search}`;
    const links = [`<${first}>; rel="first"`];
    const at = (cursor: string) => {
      url.searchParams.set("cursor", cursor);
      return `${url.pathname}${url.search}`;
    };
    if (typeof prev === "string") links.unshift(`<${at(prev)}>; rel="prev"`);
    if (typeof next === "string") links.unshift(`<${at(next)}>; rel="next"`);
    reply.header("link", links.join(", "));
    return payload;
  });
}
