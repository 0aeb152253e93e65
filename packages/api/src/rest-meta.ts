import type { OpenApiMeta } from "trpc-to-openapi";

type Meta = OpenApiMeta & { openapi: NonNullable<OpenApiMeta["openapi"]> };

/**
 * REST exposure of a public read, from the same procedure and schemas: `GET /api/v1/<resource>` for a list
 * (its input as query parameters), `GET /api/v1/<resource>/{id}` for one record. Only public reads get one.
 */
export const rest = {
  list: (resource: string, tag: string, summary: string, description?: string): Meta => ({
    openapi: {
      method: "GET",
      path: `/${resource}`,
      tags: [tag],
      summary,
      description,
      protect: false,
      errorResponses: { 400: "Bad input: `fieldErrors` names each offending field (a forged `cursor` too)" },
    },
  }),
  byId: (resource: string, tag: string, summary: string, description?: string): Meta => ({
    openapi: {
      method: "GET",
      path: `/${resource}/{id}`,
      tags: [tag],
      summary,
      description,
      protect: false,
      errorResponses: { 400: "Bad input: `fieldErrors` names the field", 404: "No published record with this id" },
    },
  }),
};

/**
 * Public reads with no REST route, and why: the session probe means nothing without a session cookie, and
 * `records.names` takes a list of typed references, which a query string does not carry well.
 */
export const TRPC_ONLY_READS: readonly string[] = ["account.me", "records.names"];
