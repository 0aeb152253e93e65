import type { FastifyInstance } from "fastify";

/** The API serves data, not pages: nothing may run, load or frame from its answers. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** The reference page (Scalar, served from this process) runs its own inline boot script and styles. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'; object-src 'none'";

/** Security headers on every answer of the API (see docs/api.md, "Security headers"). */
export function mountSecurityHeaders(app: FastifyInstance, docsPrefix: string) {
  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("content-security-policy", req.url.startsWith(docsPrefix) ? DOCS_CSP : DATA_CSP);
    return payload;
  });
}
