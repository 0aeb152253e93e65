import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
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
  const document = JSON.stringify(
    withReleasePaths(withDocumentTextPath(withExportPaths(openApiDocument({ baseUrl: `${publicUrl.replace(/\/+$/, "")}${REST_PREFIX}` })))),
  );
  const domainSchema = readFileSync(createRequire(import.meta.url).resolve("@waqai/schema/domain.schema.json"), "utf8");

  await app.register(
    async (v1) => {
      v1.get("/openapi.json", async (_req, reply) => reply.type("application/json").send(document));
      v1.get("/schema.json", async (_req, reply) => reply.type("application/schema+json").send(domainSchema));
      // The source text alone, as text/plain: what the citations export's Web Annotation targets point to
      // (`target.source.id`, format text/plain). It runs documents.byId, so its access rule and errors are the REST route's.
      v1.get<{ Params: { id: string } }>("/documents/:id/text", async (req, reply) => {
        const ctx = await contextFor(req);
        const input = { id: req.params.id };
        try {
          const doc = await appRouter.createCaller(ctx).documents.byId(input);
          return reply.type("text/plain; charset=utf-8").header("content-language", doc.language).send(doc.text);
        } catch (err) {
          if (!(err instanceof TRPCError)) throw err;
          if (err.code === "INTERNAL_SERVER_ERROR") app.log.error({ path: "documents.byId", err: err.cause ?? err }, "REST procedure failed");
          // The error as tRPC's formatter shapes it (localized message, fieldErrors), then as every REST error.
          const shape = getTRPCErrorShape({ config: appRouter._def._config, error: err, type: "query", path: "documents.byId", input, ctx });
          return reply.code(getHTTPStatusCodeFromError(err)).type("application/json").send(restErrorBody(shape));
        }
      });
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

/** The plain-text route of a document's source text, as an OpenAPI 3.1 path item (a plain route, so added here). */
function withDocumentTextPath<T extends { paths?: object }>(doc: T): T {
  const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } } });
  doc.paths = {
    ...doc.paths,
    "/documents/{id}/text": {
      get: {
        operationId: "documents-text",
        summary: "One document's canonical text, as text/plain",
        description:
          "The source text alone (NFC, UTF-8), which citations' offsets index and which the Web Annotations of `/export/citations.jsonld` name as their target (`target.source.id`, format text/plain). " +
          "`Content-Language` is the document's language. An unknown id, or one whose document is not published, is 404. Anonymous callers need no token.",
        tags: ["Sources"],
        parameters: [{ name: "id", in: "path", required: true, description: "The document's id", schema: { type: "string", minLength: 1 } }],
        responses: {
          "200": {
            description: "The document's text",
            headers: { "Content-Language": { description: "The document's language (ar, en…)", schema: { type: "string" } } },
            content: { "text/plain": { schema: { type: "string" } } },
          },
          "400": error("Bad input: `fieldErrors` names the field"),
          "401": error("The bearer token is unknown, expired or revoked (an absent token is fine for public reads)"),
          "404": error("No published document with this id"),
          "429": {
            description: "Over the rate limit (per IP, or per token): wait `Retry-After` seconds",
            headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } },
          },
        },
      },
    },
  };
  return doc;
}
