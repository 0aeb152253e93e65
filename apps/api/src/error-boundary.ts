import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { internalErrorMessage, localeFrom } from "@waqai/api";

/**
 * The host's one error boundary (tRPC's formatter does the same for procedures): an expected refusal keeps
 * its status and a message that says what to do; anything unexpected is logged with the request id and
 * answered as a plain 500 naming that id — never SQL, a stack or a file path. Bodies keep each surface's
 * shape: REST `{code, message, fieldErrors}`, tRPC's envelope (one per call of a batch).
 */
export function mountErrorBoundary(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const locale = localeFrom(req.headers["accept-language"], req.headers.authorization ? "en" : "ar");
    if (status === 500) req.log.error({ err: error, reqId: req.id }, "request failed");
    const code =
      status === 429
        ? "TOO_MANY_REQUESTS"
        : status === 413
          ? "PAYLOAD_TOO_LARGE"
          : status === 415
            ? "UNSUPPORTED_MEDIA_TYPE"
            : status === 500
              ? "INTERNAL_SERVER_ERROR"
              : "BAD_REQUEST";
    // Fastify's own 4xx messages (a body that is not JSON, too large...) name the problem and nothing internal.
    const message = status === 500 ? internalErrorMessage(String(req.id), locale) : error.message;
    const body = { code, message, fieldErrors: null };
    if (!req.url.startsWith("/trpc/")) return reply.code(status).send(body);
    const path = req.url.slice("/trpc/".length).split("?")[0] ?? "";
    const envelope = (p: string) => ({
      error: { message, code: status === 429 ? -32029 : status === 500 ? -32603 : -32600, data: { ...body, httpStatus: status, path: decodeURIComponent(p) } },
    });
    // A batched call (`?batch=1`) expects one result per procedure in the path.
    return reply.code(status).send(/[?&]batch=1/.test(req.url) ? path.split(",").map(envelope) : envelope(path));
  });
}
