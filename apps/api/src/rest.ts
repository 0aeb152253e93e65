import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fastifyTRPCOpenApiPlugin, type CreateOpenApiFastifyPluginOptions } from "trpc-to-openapi";
import { appRouter, openApiDocument, restErrorBody, type AppRouter, type Context } from "@waqai/api";
import { withExportPaths } from "./exports";
import { mountReference } from "./reference";
import { withReleasePaths } from "./releases";

export const REST_PREFIX = "/api/v1";

/**
 * REST + OpenAPI under /api/v1, generated from the same public read procedures as tRPC: the routes,
 * the document (`/openapi.json`), a reference page (`/docs`, Scalar served from this process) and the
 * domain JSON Schema (`/schema.json`). Errors keep one body shape, `{ code, message, fieldErrors }`.
 */
export async function mountRest(app: FastifyInstance, contextFor: (req: FastifyRequest) => Promise<Context>, publicUrl: string) {
  // An absolute server URL (the API's public one, WAQAI_AUTH_URL): a document read from a file or another host still points here.
  const document = JSON.stringify(withReleasePaths(withExportPaths(openApiDocument({ baseUrl: `${publicUrl.replace(/\/+$/, "")}${REST_PREFIX}` }))));
  const domainSchema = readFileSync(createRequire(import.meta.url).resolve("@waqai/schema/domain.schema.json"), "utf8");

  await app.register(
    async (v1) => {
      v1.get("/openapi.json", async (_req, reply) => reply.type("application/json").send(document));
      v1.get("/schema.json", async (_req, reply) => reply.type("application/schema+json").send(domainSchema));
      mountReference(v1, REST_PREFIX, `${REST_PREFIX}/openapi.json`);
      await v1.register(async (procedures) => {
        // Fastify answers HEAD with the GET handler, but trpc-to-openapi looks procedures up by the request's
        // method and answers an unknown HEAD with 204: present HEAD as GET (Node still sends no body for it).
        procedures.addHook("onRequest", (req, _reply, done) => {
          if (req.raw.method === "HEAD") req.raw.method = "GET";
          done();
        });
        // trpc-to-openapi's handler calls reply.send() and resolves with nothing; when an onSend hook streams
        // (a compressed answer above a few KB), Fastify takes the nothing for a second answer. Resolving with
        // the reply tells Fastify the answer is on its way.
        procedures.addHook("onRoute", (route) => {
          const handler = route.handler as (this: unknown, req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
          route.handler = async function (this: unknown, req: FastifyRequest, reply: FastifyReply) {
            await handler.call(this, req, reply);
            return reply;
          };
        });
        procedures.addHook("onSend", async (_req, reply, payload) => {
          if (reply.statusCode < 400 || typeof payload !== "string") return payload;
          let parsed: unknown;
          try {
            parsed = JSON.parse(payload);
          } catch {
            return payload;
          }
          return JSON.stringify(restErrorBody(parsed));
        });
        await procedures.register(fastifyTRPCOpenApiPlugin, {
          router: appRouter,
          createContext: ({ req }: { req: FastifyRequest }) => contextFor(req),
          onError({ error, path }: { error: { code: string; cause?: unknown }; path?: string }) {
            if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ path, err: error.cause ?? error }, "REST procedure failed");
          },
        } satisfies CreateOpenApiFastifyPluginOptions<AppRouter>);
      });
    },
    { prefix: REST_PREFIX },
  );
}
