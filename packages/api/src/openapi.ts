import { generateOpenApiDocument } from "trpc-to-openapi";
import { z } from "zod";
import { API_VERSION, appRouter } from "./router";

/** The one error body of the REST API: what tRPC's error formatter says, without the tRPC envelope. */
export const RestError = z
  .object({
    code: z.string().meta({ description: "tRPC error code: BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, INTERNAL_SERVER_ERROR…", example: "BAD_REQUEST" }),
    message: z.string().meta({
      description: "In the caller's language (Accept-Language: ar or en; without it Arabic, or English for calls with an API token)",
      example: "limit: at most 100",
    }),
    fieldErrors: z
      .record(z.string(), z.string())
      .nullable()
      .meta({ description: "For BAD_REQUEST: one message per offending input field, by name; otherwise null", example: { limit: "at most 100" } }),
  })
  .meta({ description: "Every REST error has this shape; the HTTP status follows the code (400, 404, 500…)." });
export type RestError = z.infer<typeof RestError>;

/** Reduces what the REST adapter sends on error (tRPC's formatted shape plus its own fields) to `RestError`. */
export function restErrorBody(raw: unknown): RestError {
  const body = (raw ?? {}) as { code?: unknown; message?: unknown; data?: { code?: unknown; fieldErrors?: Record<string, string> | null } };
  const code = typeof body.data?.code === "string" ? body.data.code : typeof body.code === "string" ? body.code : "INTERNAL_SERVER_ERROR";
  const fieldErrors = body.data?.fieldErrors ?? null;
  // The adapter replaces a validation message with its own; the formatter's summary is rebuilt from the fields.
  const message = fieldErrors
    ? Object.entries(fieldErrors)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ")
    : typeof body.message === "string"
      ? body.message
      : "Internal server error";
  return { code, message, fieldErrors };
}

/** The licence the API's description and its client are offered under (packages/client/LICENSE). */
const API_LICENSE = { name: "MIT License", identifier: "MIT" } as const;

/** The document's sections, in reading order, each with what a newcomer finds there. */
const TAGS: Record<string, string> = {
  Events: "What happened: the timeline (keyset pages), counts, facets, a histogram, related events, the newest changes, one event with its citations",
  Conflicts: "Armed conflicts in the UCDP sense (incompatibility, sides) and their dyads",
  "Claims and disputes": "Who said what (claims with their voice), disputes with their issues and each party's positions",
  "Actors and places": "The people, groups, states and places the record names, with spelling variants",
  Sources: "Outlets, documents (the source text) and citations (exact spans at UTF-16 offsets)",
  Search: "Arabic-aware full-text search and the name suggest box",
  Sitemaps: "The public record's pages for crawlers, a file at a time",
  Sync: "Keeping a copy up to date: updatedSince on every list, and the removals feed",
  Service: "The API's own state",
  "Bulk exports": "The whole public record (or a filtered part) as JSON Lines, CSV, GeoJSON or Web Annotations, streamed",
  Releases: "Immutable, checksummed snapshots of the published archive to cite and download (version, SHA-256, stable URL)",
  Reference: "The values of the event type, country and actor kind filters, with their labels and how many published events have each",
};

/**
 * The OpenAPI 3.1 document of the REST API, generated from the public read procedures (those with
 * `meta.openapi`) and their zod input/output schemas. Error responses are rewritten to `RestError`.
 */
export function openApiDocument({ baseUrl }: { baseUrl: string }) {
  const doc = generateOpenApiDocument(appRouter, {
    title: "Waqai API",
    version: API_VERSION,
    baseUrl,
    description:
      "Read-only REST view of Waqai's public tRPC procedures: curated events and disputes from Arabic news, each fact pointing to the exact words of its source. " +
      "Lists are keyset-paginated: pass `nextCursor` back as `cursor` until it is null. The typed TypeScript client is `@waqai/client` (tRPC at /trpc). " +
      "The domain JSON Schema is at /api/v1/schema.json.",
    tags: Object.keys(TAGS),
    // Only public procedures may be served without a session; anything else is left out even if annotated.
    filter: ({ metadata }) => metadata.openapi.protect === false,
    securitySchemes: {},
  });
  const schemas = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  const errorSchema = z.toJSONSchema(RestError, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  delete errorSchema.$schema;
  for (const key of Object.keys(schemas)) if (key.startsWith("error.")) delete schemas[key];
  schemas.RestError = errorSchema;
  const ref = { $ref: "#/components/schemas/RestError" };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      const responses = (op as { responses?: Record<string, unknown> }).responses ?? {};
      for (const [status, res] of Object.entries(responses as Record<string, { content?: Record<string, { schema: unknown }> }>)) {
        if (status !== "200" && res.content?.["application/json"]) res.content["application/json"].schema = ref;
      }
      responses["401"] = {
        description: "The bearer token is unknown, expired or revoked (an absent token is fine for public reads)",
        content: { "application/json": { schema: ref } },
      };
      responses["429"] = {
        description: "Over the rate limit (per IP, or per token): wait `Retry-After` seconds",
        headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
        content: { "application/json": { schema: ref } },
      };
    }
  }
  // Public reads need no token; a token (made by an admin, docs/api.md) raises the rate limit and is checked when sent.
  doc.components = {
    ...doc.components,
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token `wq_…` made on the admin panel's API tokens page" } },
  };
  doc.security = [{}, { bearerAuth: [] }];
  doc.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  // Who answers for the API and on what terms (Spectral's info-contact, Redocly's info-license): the reference page is the way in.
  doc.info = { ...doc.info, contact: { name: "Waqai", url: `${baseUrl}/docs/` }, license: API_LICENSE };
  return doc;
}
