import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";

/** Headers of the inner answer that belong to its own connection, not to the one relayed. */
const HOP_BY_HOP = new Set(["connection", "content-length", "transfer-encoding", "keep-alive", "date"]);

/**
 * The API reference page (Scalar) at `<prefix>/docs`, loaded on its first request. Scalar's plugin carries its
 * whole browser bundle as a string in its module: importing it at boot held ~19 MB of heap in every API process
 * for a page few people open (bench:scale's memory rows). It runs in a Fastify instance of its own, made on
 * first use, and its answers are relayed through this app (so this app's headers, CORS and compression apply).
 */
export function mountReference(v1: FastifyInstance, prefix: `/${string}`, documentUrl: string) {
  let inner: Promise<FastifyInstance> | undefined;
  const load = async () => {
    const { default: apiReference } = await import("@scalar/fastify-api-reference");
    const app = Fastify({ logger: false });
    await app.register(apiReference, {
      routePrefix: `${prefix}/docs` as const,
      // The page and its script come from this process; nothing is fetched from the internet.
      configuration: { url: documentUrl, withDefaultFonts: false, pageTitle: "Waqai API reference" },
      logLevel: "warn",
    });
    await app.ready();
    return app;
  };
  const relay = async (req: FastifyRequest, reply: FastifyReply) => {
    inner ??= load().catch((err: unknown) => {
      inner = undefined; // a failed load is tried again on the next request
      throw err;
    });
    const res = await (await inner).inject({ method: req.method === "HEAD" ? "HEAD" : "GET", url: req.url });
    for (const [name, value] of Object.entries(res.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) void reply.header(name, value);
    return reply.code(res.statusCode).send(res.rawPayload);
  };
  v1.get("/docs", relay);
  v1.get("/docs/*", relay);
}
