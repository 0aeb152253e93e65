import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { localeFrom, type Locale } from "@waqai/api";
import { type Database } from "@waqai/db";
import { CitationExportFilter, citationsJsonLd, datasetJsonl, EventExportFilter, eventsCsv, eventsGeoJson, eventsJsonl, ExportLang } from "@waqai/db/export";
import { fieldErrorsOf } from "@waqai/schema";

export const EXPORT_PREFIX = "/api/v1/export";

const Flag = z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true");
const CsvQuery = EventExportFilter.extend({
  lang: ExportLang.optional().meta({ description: "Names and notes: Arabic (default), or English where a translation exists" }),
  bom: Flag.optional().meta({ description: "1 or true: start with a UTF-8 byte order mark (for Excel)" }),
});
const GeoQuery = EventExportFilter.extend({ lang: CsvQuery.shape.lang });

interface ExportRoute {
  file: string;
  contentType: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  /** What the body is, for the OpenAPI document: a JSON media type gets a JSON schema, a text one a string. */
  bodySchema: Record<string, unknown>;
  open: (req: FastifyRequest, query: Record<string, unknown>, database: Database) => AsyncGenerator<string>;
}

const PUBLISHED =
  "Published records only. Streamed: rows are read from the database a keyset page at a time and sent as they are read (chunked, no Content-Length), so an export of any size starts at once and holds one page in memory.";

/** A text body (CSV, JSON Lines): one string, described. */
const text = (description: string) => ({ type: "string", description });
const GEOJSON_BODY = {
  type: "object",
  description: "An RFC 7946 FeatureCollection",
  required: ["type", "features"],
  properties: {
    type: { const: "FeatureCollection" },
    features: {
      type: "array",
      items: {
        type: "object",
        required: ["type", "id", "geometry", "properties"],
        properties: {
          type: { const: "Feature" },
          id: { type: "string" },
          geometry: {
            description: "A Point or MultiPoint, or null for an event without a point",
            oneOf: [
              { type: "null" },
              {
                type: "object",
                required: ["type", "coordinates"],
                properties: {
                  type: { type: "string", enum: ["Point", "MultiPoint"] },
                  coordinates: {
                    type: "array",
                    description: "[longitude, latitude], or a list of them for a MultiPoint",
                    items: { oneOf: [{ type: "number" }, { type: "array", items: { type: "number" } }] },
                  },
                },
              },
            ],
          },
          properties: { type: "object", description: "The CSV's columns plus both titles" },
        },
      },
    },
  },
};
const ANNOTATIONS_BODY = {
  type: "object",
  description: "A W3C AnnotationCollection (JSON-LD) whose first page embeds every Annotation",
  required: ["@context", "type"],
  properties: {
    "@context": { type: "string", const: "http://www.w3.org/ns/anno.jsonld" },
    type: { const: "AnnotationCollection" },
    total: { type: "integer" },
    first: {
      type: "object",
      properties: {
        type: { const: "AnnotationPage" },
        items: {
          type: "array",
          items: {
            type: "object",
            required: ["type", "target"],
            properties: {
              type: { const: "Annotation" },
              target: {
                type: "object",
                description: "The source document's text (`source.id` answers text/plain) narrowed by a TextQuoteSelector and a TextPositionSelector",
              },
            },
          },
        },
      },
    },
  },
};

const ROUTES: ExportRoute[] = [
  {
    file: "events.jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    summary: "Events as JSON Lines with PLOVER-like fields",
    description: `One JSON object per event per line, in timeline order: PLOVER category/mode/context, actor/recipient with roles and attribution, date with precision and the words it came from, location with admin levels and point, figures low/best/high with words, claims, and cite_info (the quoted spans). ${PUBLISHED}`,
    query: EventExportFilter,
    bodySchema: text("JSON Lines: one JSON object per event per line"),
    open: (_req, q, d) => eventsJsonl(d.db, q),
  },
  {
    file: "events.csv",
    contentType: "text/csv; charset=utf-8; header=present",
    summary: "Events as CSV with ACLED-like columns",
    description: `RFC 4180 (CRLF, quoted where needed), UTF-8, one row per event in timeline order; ACLED's column names where ACLED has the field. \`bom=1\` adds a byte order mark for Excel. ${PUBLISHED}`,
    query: CsvQuery,
    bodySchema: text("CSV (RFC 4180) with a header row"),
    open: (_req, q, d) => {
      const { lang, bom, ...filter } = q as z.infer<typeof CsvQuery>;
      return eventsCsv(d.db, filter, { lang, bom });
    },
  },
  {
    file: "events.geojson",
    contentType: "application/geo+json; charset=utf-8",
    summary: "Events as a GeoJSON FeatureCollection",
    description: `RFC 7946, one Feature per event (properties = the CSV's columns plus both titles); an event without a point has a null geometry. ${PUBLISHED}`,
    query: GeoQuery,
    bodySchema: GEOJSON_BODY,
    open: (_req, q, d) => {
      const { lang, ...filter } = q as z.infer<typeof GeoQuery>;
      return eventsGeoJson(d.db, filter, { lang });
    },
  },
  {
    file: "citations.jsonld",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    summary: "Citations as W3C Web Annotations (JSON-LD)",
    description: `An AnnotationCollection whose embedded AnnotationPage lists each citation as an Annotation: target = the source document with a TextQuoteSelector and a TextPositionSelector (code points), body = the Waqai record it supports and the span's role as a tag. ${PUBLISHED}`,
    query: CitationExportFilter,
    bodySchema: ANNOTATIONS_BODY,
    open: (req, q, d) => citationsJsonLd(d.db, q, { baseUrl: `${req.protocol}://${req.host}/api/v1` }),
  },
  {
    file: "dataset.jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    summary: "Every published record, for re-import",
    description:
      "The full-fidelity export: a header line, then every published record (outlets, documents with their text, places, actors, events with participants/figures/relations, disputes, issues, positions, claims, event-issue links, citations) as {kind, record} in that order, each kind sorted by id, then an end line with counts. " +
      "`pnpm --filter @waqai/api-server import:dataset <file>` loads it into an empty database; exporting that database gives the same bytes. No filters: it is the whole public record. " +
      PUBLISHED,
    query: z.object({}),
    bodySchema: text("JSON Lines: a header line, {kind, record} lines, an end line"),
    open: (_req, _q, d) => datasetJsonl(d.db),
  },
];

const NOT_A_PARAMETER = { ar: "معامل غير معروف لهذا التصدير.", en: "not a parameter of this export." };
const fieldErrors = (error: z.ZodError, locale: Locale) => fieldErrorsOf(error, locale, NOT_A_PARAMETER);

/** Strings as UTF-8 buffers, one per page the exporter yields; pulled only as fast as the client reads. */
async function* utf8(chunks: AsyncGenerator<string>): AsyncGenerator<Buffer> {
  for await (const c of chunks) if (c.length) yield Buffer.from(c, "utf8");
}

/** The innermost schema of a field (through optional, default, nullable). */
function inner(t: z.ZodType): z.ZodType {
  const def = (t as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return (def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType ? inner(def.innerType) : t;
}

/**
 * Query-string values as the filter schema takes them, as the REST routes read them: one value of a list
 * field (`types=air_strike`) is a list of one, a number field's digits a number, `true`/`false` a boolean.
 * Anything else is left for the schema to refuse, naming the field.
 */
function fromQueryString(schema: z.ZodObject, query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query };
  for (const [key, value] of Object.entries(query)) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (!field) continue;
    const kind = (inner(field) as unknown as { _zod: { def: { type: string } } })._zod.def.type;
    if (kind === "array" && typeof value === "string") out[key] = [value];
    else if (kind === "number" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
    else if (kind === "boolean" && (value === "true" || value === "false")) out[key] = value === "true";
  }
  return out;
}

/**
 * GET /api/v1/export/<file>: public, streamed bulk exports (see docs/api.md, "Bulk exports"). Mount after
 * the rate limiter so a download counts as one request.
 */
export function mountExports(app: FastifyInstance, database: Database) {
  for (const route of ROUTES) {
    app.get(`${EXPORT_PREFIX}/${route.file}`, async (req: FastifyRequest, reply: FastifyReply) => {
      const parsed = route.query.strict().safeParse(fromQueryString(route.query, (req.query ?? {}) as Record<string, unknown>));
      if (!parsed.success) {
        const locale = localeFrom(req.headers["accept-language"], req.headers.authorization ? "en" : "ar");
        const fields = fieldErrors(parsed.error, locale);
        return reply.code(400).send({
          code: "BAD_REQUEST",
          message: Object.entries(fields)
            .map(([k, v]) => `${k}: ${v}`)
            .join("; "),
          fieldErrors: fields,
        });
      }
      const body = Readable.from(utf8(route.open(req, parsed.data, database)), { objectMode: false });
      body.on("error", (err) => req.log.error({ err, file: route.file }, "export stream failed"));
      return reply
        .code(200)
        .header("content-type", route.contentType)
        .header("content-disposition", `attachment; filename="waqai-${route.file}"`)
        .header("cache-control", "no-cache")
        .header("x-content-type-options", "nosniff")
        .send(body);
    });
  }
}

/** The IETF RateLimit fields every counted answer carries (rate-limit.ts). */
const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { description: "Requests allowed in the window", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the window", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
};

/**
 * The export routes as OpenAPI 3.1 path items, merged into the document that rest.ts serves (the
 * procedures' paths come from trpc-to-openapi; these are plain Fastify routes, so they are added here).
 */
export function withExportPaths<T extends { paths?: object; tags?: { name: string }[] }>(doc: T): T {
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  for (const route of ROUTES) {
    const props =
      (
        z.toJSONSchema(route.query, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as {
          properties?: Record<string, Record<string, unknown>>;
        }
      ).properties ?? {};
    const parameters = Object.entries(props).map(([name, schema]) => {
      const { description, ...rest } = schema;
      return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
    });
    const mediaType = route.contentType.split(";")[0]!;
    paths[`/export/${route.file}`] = {
      get: {
        operationId: `export-${route.file.replace(/\.(\w)/, (_m, c: string) => c.toUpperCase())}`,
        summary: route.summary,
        description: route.description,
        tags: ["Bulk exports"],
        parameters,
        responses: {
          "200": {
            description: `The export, streamed`,
            headers: {
              "Content-Disposition": { description: `attachment; filename="waqai-${route.file}"`, schema: { type: "string" } },
              ...RATE_LIMIT_HEADERS,
            },
            content: { [mediaType]: { schema: route.bodySchema } },
          },
          "400": {
            description: "Bad filter: `fieldErrors` names each offending parameter",
            content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } },
          },
          "429": {
            description: "Over the rate limit (per IP, or per token): wait `Retry-After` seconds",
            headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } }, ...RATE_LIMIT_HEADERS },
            content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } },
          },
        },
      },
    };
  }
  doc.paths = paths;
  return doc;
}
