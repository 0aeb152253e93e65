import type { OpenApiMeta } from "trpc-to-openapi";

type Meta = OpenApiMeta & { openapi: NonNullable<OpenApiMeta["openapi"]> };

/** What every public read shares, said in each operation's description (a reader of one operation sees it there). */
const PUBLIC_READ = "Anonymous callers need no token and see published records only; a bearer token is checked when sent.";
const LIST_READ =
  "The query parameters are the tRPC procedure's input. A list answering `{ items, nextCursor }` is keyset-paginated: pass `nextCursor` back as `cursor` with the same filters until it is null. Where it also answers `prevCursor` (null on the first page), that cursor gives the page before, and `total` counts the records matching the filters in all pages (up to 10,000; `capped: true` past it). The `Link` header names the next, previous and first pages.";

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
      description: [description ?? `${summary}.`, LIST_READ, PUBLIC_READ].join(" "),
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
      description: [description ?? `${summary}, by its stable id.`, "An unknown id, or one whose record is not published, is 404.", PUBLIC_READ].join(" "),
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
