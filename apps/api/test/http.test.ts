import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { seededApiPerFile } from "./seeded-api";

const api = seededApiPerFile();

const ELSEWHERE = "https://reader.example.org";
const ADMIN = "http://127.0.0.1:3001"; // in the API's trusted origins by default (WAQAI_TRUSTED_ORIGINS)

/** A raw HTTP exchange (fetch would decode the body and hide what came over the wire). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("CORS", () => {
  it("lets a page on any origin read public data, without credentials", async () => {
    const pre = await raw("OPTIONS", "/api/v1/events?limit=2", {
      origin: ELSEWHERE,
      "access-control-request-method": "GET",
      "access-control-request-headers": "if-none-match",
    });
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("*");
    expect(pre.headers["access-control-allow-credentials"]).toBeUndefined();
    expect(String(pre.headers["access-control-allow-headers"])).toContain("if-none-match");
    for (const path of ["/api/v1/events?limit=2", "/api/v1/export/events.csv", "/trpc/events.list?input=%7B%22limit%22%3A2%7D"]) {
      const res = await raw("GET", path, { origin: ELSEWHERE });
      expect(res.status, path).toBe(200);
      expect(res.headers["access-control-allow-origin"], path).toBe("*");
      expect(String(res.headers["access-control-expose-headers"]), path).toContain("etag");
    }
  });

  it("echoes a trusted origin with credentials, and offers writes only there", async () => {
    const trusted = await raw("OPTIONS", "/trpc/events.update", { origin: ADMIN, "access-control-request-method": "POST" });
    expect(trusted.headers["access-control-allow-origin"]).toBe(ADMIN);
    expect(trusted.headers["access-control-allow-credentials"]).toBe("true");
    expect(String(trusted.headers["access-control-allow-methods"])).toContain("DELETE");
    const other = await raw("OPTIONS", "/trpc/events.update", { origin: ELSEWHERE, "access-control-request-method": "DELETE" });
    expect(other.headers["access-control-allow-origin"]).toBe("*");
    expect(String(other.headers["access-control-allow-methods"])).not.toContain("DELETE");
  });
});

describe("HTTP caching", () => {
  it("answers a repeated conditional GET with 304 and no body, on REST and tRPC", async () => {
    const pairs = [
      ["/api/v1/events?limit=3", "/api/v1/events?limit=4"],
      ["/trpc/events.list?input=%7B%22limit%22%3A3%7D", "/trpc/events.list?input=%7B%22limit%22%3A4%7D"],
      ["/api/v1/openapi.json", "/api/v1/events?limit=1"],
    ];
    for (const [path, otherPath] of pairs as [string, string][]) {
      const first = await raw("GET", path);
      expect(first.status, path).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag, path).toMatch(/^W\/".+"$/);
      expect(first.headers["cache-control"], path).toBe("public, max-age=60, must-revalidate");
      const again = await raw("GET", path, { "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      expect(again.headers.etag, path).toBe(etag);
      // A different page is a different representation: a stale ETag gets the full answer.
      const other = await raw("GET", otherPath, { "if-none-match": etag });
      expect(other.status, path).toBe(200);
    }
  });

  it("keeps personal answers private and errors out of caches", async () => {
    const withToken = await raw("GET", "/api/v1/events?limit=1", { authorization: "Bearer not-a-real-token" });
    expect(String(withToken.headers["cache-control"])).toMatch(/^(private, no-cache|no-store)$/);
    const missing = await raw("GET", "/api/v1/events/no-such-event");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
    expect(missing.headers.etag).toBeUndefined();
    expect(String(missing.headers.vary)).toContain("Accept-Language");
    const health = await raw("GET", "/health");
    expect(health.headers["cache-control"]).toBe("no-store");
  });

  it("answers HEAD like GET without the body, and 404 where GET is 404", async () => {
    const get = await raw("GET", "/api/v1/events?limit=2");
    const head = await raw("HEAD", "/api/v1/events?limit=2");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
    expect((await raw("HEAD", "/api/v1/no-such-resource")).status).toBe(404);
    expect((await raw("GET", "/api/v1/no-such-resource")).status).toBe(404);
  });
});

describe("compression", () => {
  it("sends the OpenAPI document in Brotli or gzip, as asked, decoding to the same bytes", async () => {
    const plain = await raw("GET", "/api/v1/openapi.json");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await raw("GET", "/api/v1/openapi.json", { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await raw("GET", "/api/v1/openapi.json", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it("compresses procedure answers large enough to be streamed through the compressor, REST and tRPC", async () => {
    for (const path of ["/api/v1/events?limit=100", "/trpc/events.list?input=%7B%22limit%22%3A100%7D"]) {
      const plain = await raw("GET", path);
      expect(plain.body.length, path).toBeGreaterThan(20_000);
      const gz = await raw("GET", path, { "accept-encoding": "gzip" });
      expect(gz.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(gz.body).equals(plain.body), path).toBe(true);
    }
  });

  it("compresses a streamed export on the fly", async () => {
    const plain = await raw("GET", "/api/v1/export/events.jsonl");
    const gz = await raw("GET", "/api/v1/export/events.jsonl", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString("utf8")).toBe(plain.body.toString("utf8"));
  });
});
