import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileErrors, validate } from "@readme/openapi-parser";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, tables } from "@waqai/db";
import { datasetJsonl, type AcledRow, type citationAnnotation, type DatasetKind, type ploverRecord } from "@waqai/db/export";
import { freshApiDatabase } from "./process";
import { seededApiPerFile } from "./seeded-api";

// The real Fastify server in this process, on its own fresh database (PostgreSQL when TEST_DATABASE_URL is set).
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(appDir, "../..");
const tsx = path.resolve(repoRoot, "node_modules/.bin/tsx");
const onPostgres = !!process.env.TEST_DATABASE_URL;

const api = seededApiPerFile({ inProcess: "waqai_export_test" });
const scratch = mkdtempSync(path.join(tmpdir(), "waqai-export-test-"));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** What these tests read of the exports: a line of events.jsonl, events.geojson, citations.jsonld, a line of dataset.jsonl. */
type PloverRecord = ReturnType<typeof ploverRecord>;
interface EventsGeoJson {
  features: { properties: AcledRow }[];
}
interface AnnotationCollection {
  first: { items: ReturnType<typeof citationAnnotation>[] };
}
interface DatasetLine {
  kind: DatasetKind;
  record: { id: string; [field: string]: unknown };
}
/** The parts of the OpenAPI document these tests read. */
interface OpenApiDoc {
  paths: Record<string, { get?: { parameters: { name: string }[]; responses: Record<string, { content: Record<string, unknown> }> } }>;
}
/** What @readme/openapi-parser's validate() takes: an OpenAPI document (whether it is a valid one is what it checks). */
type ApiDocument = Exclude<Parameters<typeof validate>[0], string>;

const get = (p: string, headers: Record<string, string> = { "accept-language": "en" }) => fetch(`${api.base}/api/v1/export/${p}`, { headers });

const FILES = [
  ["events.jsonl", "application/x-ndjson"],
  ["events.csv", "text/csv"],
  ["events.geojson", "application/geo+json"],
  ["citations.jsonld", "application/ld+json"],
  ["dataset.jsonl", "application/x-ndjson"],
] as const;

describe("GET /api/v1/export/*", () => {
  it.each(FILES)("%s streams as an attachment with its content type", async (file, type) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    expect(res.headers.get("content-type")).toContain("charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="waqai-${file}"`);
    // Streamed: no length known up front, chunked on the wire.
    expect(res.headers.get("content-length")).toBeNull();
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    const body = await res.text();
    if (file.endsWith(".jsonl")) for (const l of body.trim().split("\n")) JSON.parse(l);
    else if (file !== "events.csv") JSON.parse(body);
  });

  it("serves the same bytes as the exporter it wraps", async () => {
    let direct = "";
    for await (const c of datasetJsonl(api.database.db)) direct += c;
    expect(await (await get("dataset.jsonl")).text()).toBe(direct);
  });

  it("filters events like events.list, and by updatedSince", async () => {
    const ids = async (q: string) =>
      (await (await get(`events.jsonl?${q}`)).text())
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as PloverRecord).event_id);
    const all = await ids("");
    expect(all.length).toBeGreaterThan(5);
    expect(await ids("type=chemical_attack")).toEqual(["ev-khan-shaykhun-chemical-attack"]);
    expect(await ids("placeId=pl-khan-shaykhun")).toEqual(["ev-khan-shaykhun-chemical-attack"]);
    const listed = (await (await fetch(`${api.base}/api/v1/events?limit=100&actorId=act-ru`)).json()) as { items: { id: string }[] };
    expect(await ids("actorId=act-ru")).toEqual(listed.items.map((e) => e.id));
    expect(await ids(`updatedSince=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`)).toEqual([]);
    expect(await ids(`updatedSince=${encodeURIComponent("2000-01-01T00:00:00Z")}`)).toEqual(all);
    const geo = JSON.parse(await (await get("events.geojson?type=chemical_attack&lang=en")).text()) as EventsGeoJson;
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]!.properties.location).toBe("Khan Shaykhun");
    const cites = JSON.parse(await (await get("citations.jsonld?targetKind=place")).text()) as AnnotationCollection;
    expect(cites.first.items.length).toBeGreaterThan(0);
    for (const a of cites.first.items) expect(a.motivation).toBe("identifying");
    expect(cites.first.items[0]!.id).toMatch(new RegExp(`^${api.base}/api/v1/citations/`));
  });

  it("adds a UTF-8 BOM for Excel only when asked", async () => {
    const plain = new Uint8Array(await (await get("events.csv")).arrayBuffer());
    const bom = new Uint8Array(await (await get("events.csv?bom=1")).arrayBuffer());
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain[0]).toBe("e".charCodeAt(0));
    expect(new TextDecoder().decode(bom)).toContain("خان شيخون");
  });

  it("answers bad filters with 400 in the REST error shape, naming the fields", async () => {
    const res = await get("events.csv?type=picnic&from=April&foo=1");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; fieldErrors: Record<string, string> };
    expect(body.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["foo", "from", "type"]);
    const since = await get("events.jsonl?updatedSince=yesterday");
    expect(since.status).toBe(400);
    expect(Object.keys(((await since.json()) as { fieldErrors: object }).fieldErrors)).toEqual(["updatedSince"]);
  });

  it("lists the exports in the OpenAPI document, which stays valid", async () => {
    const doc = (await (await fetch(`${api.base}/api/v1/openapi.json`)).json()) as OpenApiDoc;
    for (const [file, type] of FILES) {
      const op = doc.paths[`/export/${file}`]?.get;
      expect(op, file).toBeDefined();
      expect(Object.keys(op!.responses["200"]!.content)).toEqual([type]);
    }
    expect(doc.paths["/export/events.csv"]!.get!.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["type", "actorId", "placeId", "disputeId", "from", "to", "updatedSince", "lang", "bom"]),
    );
    const result = await validate(structuredClone(doc) as ApiDocument);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });
});

function runImport(env: Record<string, string>, file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = "";
    const proc = spawn(tsx, ["src/cli/import-dataset.ts", file], { cwd: appDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    proc.stdout.on("data", (d) => (out += d));
    proc.stderr.on("data", (d) => (out += d));
    proc.on("exit", (code) => resolve({ code, out }));
  });
}

describe("pnpm --filter @waqai/api-server import:dataset", () => {
  it("loads a downloaded export into an empty database; exporting it again gives the same bytes", async () => {
    const downloaded = await (await get("dataset.jsonl")).text();
    const file = path.join(scratch, "dataset.jsonl");
    writeFileSync(file, downloaded);
    const target = await freshApiDatabase("waqai_import_test");
    try {
      const run = await runImport(target.env, file);
      expect(run.out).toContain("import: done");
      expect(run.code).toBe(0);
      const db = await createDb(target.env.DATABASE_URL || undefined, { dataDir: target.dataDir });
      try {
        let again = "";
        for await (const c of datasetJsonl(db.db)) again += c;
        expect(again === readFileSync(file, "utf8")).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it("writes nothing from a bad file and says which line, record and field", async () => {
    const lines = (await (await get("dataset.jsonl")).text()).trim().split("\n");
    const at = lines.findIndex((l) => l.startsWith('{"kind":"place"'));
    const rec = JSON.parse(lines[at]!) as DatasetLine;
    rec.record.point = { lat: 123, lon: 0 };
    lines[at] = JSON.stringify(rec);
    const file = path.join(scratch, "bad.jsonl");
    writeFileSync(file, lines.join("\n"));
    const target = await freshApiDatabase("waqai_import_test");
    try {
      const run = await runImport(target.env, file);
      expect(run.code).toBe(65);
      expect(run.out).toContain(`import failed, nothing was written: line ${at + 1} (place ${rec.record.id}), field point.lat:`);
      const db = await createDb(target.env.DATABASE_URL || undefined, { dataDir: target.dataDir });
      try {
        const [n] = await db.db.select({ n: count() }).from(tables.outlets);
        expect(n?.n).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await target.dispose();
    }
  }, 120_000);

  it.skipIf(onPostgres)(
    "refuses the PGlite folder the API server holds",
    async () => {
      const file = path.join(scratch, "dataset.jsonl");
      const run = await runImport({ WAQAI_DATA_DIR: api.dataDir, DATABASE_URL: "" }, file);
      expect(run.code).toBe(75);
      expect(run.out).toMatch(/is already open in process \d+\. PGlite allows one owner/);
      expect((await fetch(`${api.base}/health`)).status).toBe(200);
    },
    60_000,
  );
});
