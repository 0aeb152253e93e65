import Fastify, { type FastifyInstance } from "fastify";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { appRouter, createContext, localeFrom, type AppRouter, API_VERSION } from "@waqai/api";
import type { Database } from "@waqai/db";
import { sql } from "drizzle-orm";

export interface ServerOptions {
  database: Database;
  logLevel?: string;
}

/** The HTTP host: tRPC at /trpc and a health check. The database is opened by the caller (main.ts). */
export async function buildServer({ database, logLevel = "info" }: ServerOptions): Promise<FastifyInstance> {
  // tRPC batch calls put every procedure name in the path: allow long paths.
  const app = Fastify({ logger: { level: logLevel }, routerOptions: { maxParamLength: 5000 } });

  app.get("/health", async (_req, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: "ok", database: database.kind, version: API_VERSION };
    } catch (err) {
      app.log.error({ err }, "health check failed");
      return reply.code(503).send({ status: "degraded", database: database.kind, version: API_VERSION });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) =>
        createContext({ db: database.db, dbKind: database.kind, locale: localeFrom(req.headers["accept-language"]) }),
      onError({ path, error }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, err: error.cause ?? error }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
  return app;
}
