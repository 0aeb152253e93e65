import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Who a request comes from, for throttles and the audit log. Fastify's `req.ip` already follows
 * X-Forwarded-For only through the peers in WAQAI_TRUSTED_PROXIES (none by default), so a client
 * that reaches the API directly is its socket address whatever header it sends.
 *
 * The admin panel is a same-origin proxy for its browsers. It is not trusted by address (anything on
 * its machine shares that address); it proves itself with WAQAI_FORWARDER_SECRET and names the
 * browser's address, which its own server took from the socket (apps/admin/server.mjs).
 */
export const FORWARDER_HEADER = "x-waqai-forwarder";
export const FORWARDED_CLIENT_HEADER = "x-waqai-client-address";

declare module "fastify" {
  interface FastifyRequest {
    /** The caller's address: the socket's, a trusted proxy's client, or the admin panel's browser. */
    clientAddress: string;
    /** Sent by the admin panel with its secret (then counted by its browser's address, never exempt as local). */
    forwarded: boolean;
  }
}

const sameSecret = (given: string, secret: Buffer) => {
  const g = Buffer.from(given);
  return g.length === secret.length && timingSafeEqual(g, secret);
};

export function clientAddressOf(req: FastifyRequest, forwarderSecret: Buffer | null): { address: string; forwarded: boolean } {
  const proof = req.headers[FORWARDER_HEADER];
  if (forwarderSecret && typeof proof === "string" && sameSecret(proof, forwarderSecret)) {
    const named = req.headers[FORWARDED_CLIENT_HEADER];
    if (typeof named === "string" && isIP(named.trim())) return { address: named.trim(), forwarded: true };
  }
  return { address: req.ip, forwarded: false };
}

/** First of all hooks, so the rate limiter, the auth routes and every procedure see the same address. */
export function mountClientAddress(app: FastifyInstance, forwarderSecret: string | undefined) {
  const secret = forwarderSecret ? Buffer.from(forwarderSecret) : null;
  app.decorateRequest("clientAddress", "");
  app.decorateRequest("forwarded", false);
  app.addHook("onRequest", (req, _reply, done) => {
    const { address, forwarded } = clientAddressOf(req, secret);
    req.clientAddress = address;
    req.forwarded = forwarded;
    done();
  });
}

/** WAQAI_TRUSTED_PROXIES: addresses or CIDR ranges whose X-Forwarded-For is believed (nginx, Varnish); none by default. */
export function trustedProxiesOf(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
