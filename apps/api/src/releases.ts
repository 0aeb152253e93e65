import { createReadStream } from "node:fs";
import type { FastifyInstance } from "fastify";
import { localeFrom } from "@waqai/api";
import { type Database } from "@waqai/db";
import { getRelease, releaseFile } from "@waqai/db/export";
import { ReleaseVersion } from "@waqai/schema";
import { REST_PREFIX } from "./rest";

/** A release never changes: caches may keep its file for a year without asking again. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * GET /api/v1/releases/{version}/download: a release's file as it was written, byte for byte (docs/api.md,
 * "Releases"). The ETag is the recorded SHA-256 (a strong one: the bytes never change), `Repr-Digest` (RFC
 * 9530) carries it too, and `Cache-Control` says immutable. A file whose size is not the recorded one is not
 * served (500), so a damaged copy is never passed off as the release.
 */
export function mountReleaseDownloads(app: FastifyInstance, database: Database, releasesDir: string | undefined) {
  app.get<{ Params: { version: string } }>(`${REST_PREFIX}/releases/:version/download`, async (req, reply) => {
    const en = localeFrom(req.headers["accept-language"], req.headers.authorization ? "en" : "ar") === "en";
    const parsed = ReleaseVersion.safeParse(req.params.version);
    if (!parsed.success) {
      const msg = en
        ? "YYYY.MM.DD-N (e.g. 2026.12.07-1) or MAJOR.MINOR.PATCH (e.g. 1.0.0)"
        : "YYYY.MM.DD-N (مثل 2026.12.07-1) أو MAJOR.MINOR.PATCH (مثل 1.0.0)";
      return reply.code(400).send({ code: "BAD_REQUEST", message: `version: ${msg}`, fieldErrors: { version: msg } });
    }
    const row = await getRelease(database.db, parsed.data);
    const file = row && releasesDir ? await releaseFile(releasesDir, row) : null;
    if (!row || !file) {
      const message = en ? `No release "${parsed.data}".` : `لا يوجد إصدار «${parsed.data}».`;
      return reply.code(404).send({ code: "NOT_FOUND", message, fieldErrors: null });
    }
    if (file.bytes !== row.bytes) {
      req.log.error({ version: row.version, recorded: row.bytes, onDisk: file.bytes }, "release file does not match its record");
      return reply
        .code(500)
        .send({ code: "INTERNAL_SERVER_ERROR", message: `The file of release ${row.version} is damaged (request ${req.id}).`, fieldErrors: null });
    }
    const etag = `"${row.sha256}"`;
    reply
      .header("etag", etag)
      .header("cache-control", IMMUTABLE)
      .header("repr-digest", `sha-256=:${Buffer.from(row.sha256, "hex").toString("base64")}:`)
      .header("content-disposition", `attachment; filename="${row.fileName}"`);
    const inm = req.headers["if-none-match"];
    if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return reply.code(304).send();
    return reply.code(200).header("content-type", "application/gzip").header("content-length", String(file.bytes)).send(createReadStream(file.path));
  });
}

/** The download route as an OpenAPI 3.1 path item, merged into the document rest.ts serves (a plain route, not a procedure). */
export function withReleasePaths<T extends { paths?: object }>(doc: T): T {
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  paths["/releases/{version}/download"] = {
    get: {
      operationId: "releases-download",
      summary: "A release's file (dataset.jsonl.gz), byte for byte: its SHA-256 is the recorded one",
      description:
        "Immutable: `ETag` is the SHA-256 in quotes, `Repr-Digest` the same in RFC 9530 form, `Cache-Control: public, max-age=31536000, immutable`. The file is the dataset export (one JSON record per line, an end line with the counts), gzipped.",
      tags: ["Releases"],
      parameters: [{ name: "version", in: "path", required: true, schema: { type: "string" }, description: "e.g. 2026.12.07-1" }],
      responses: {
        "200": {
          description: "The release file",
          headers: {
            ETag: { description: "The SHA-256 of the file, in quotes", schema: { type: "string" } },
            "Content-Disposition": { description: 'attachment; filename="waqai-<version>.dataset.jsonl.gz"', schema: { type: "string" } },
          },
          // `format: binary` besides 3.1's contentMediaType: generators that read the 3.0 form (orval) then type the
          // body as a Blob, not a string (apps/api/test/generated-clients.test.ts).
          content: { "application/gzip": { schema: { type: "string", format: "binary", contentMediaType: "application/gzip" } } },
        },
        "304": { description: "Not modified (If-None-Match named the ETag)" },
        "400": { description: "Not a release version", content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } } },
        "404": { description: "No such release", content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } } },
        "429": {
          description: "Over the rate limit (per IP, or per token): wait `Retry-After` seconds",
          content: { "application/json": { schema: { $ref: "#/components/schemas/RestError" } } },
        },
      },
    },
  };
  return doc;
}
