import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import type { citationAnnotation, DatasetKind } from "@waqai/db/export";
import { seededApiPerFile } from "./seeded-api";

// The contract an outsider reads: the OpenAPI document linted by Spectral and Redocly, the domain JSON Schema
// checked by Ajv against every exported record, and the text the Web Annotations point to. The real server in
// this process, on its own seeded database (PostgreSQL when TEST_DATABASE_URL is set).
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(appDir, "../..");
const bin = (name: string) => path.join(appDir, "node_modules/.bin", name);

const api = seededApiPerFile({ inProcess: "waqai_contract_test" });
const scratch = mkdtempSync(path.join(tmpdir(), "waqai-contract-test-"));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The served OpenAPI document, written to a file for the linters. */
async function servedDocument(): Promise<string> {
  const res = await fetch(`${api.base}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  const file = path.join(scratch, "openapi.json");
  writeFileSync(file, await res.text());
  return file;
}

/** Runs a linter's CLI (no telemetry, no update check) and returns what it printed on stdout. */
function run(cli: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(bin(cli), args, {
    cwd: appDir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the OpenAPI document passes the API linters", () => {
  it("Spectral's spectral:oas ruleset (apps/api/.spectral.yaml) finds nothing", async () => {
    const file = await servedDocument();
    const out = path.join(scratch, "spectral.json");
    const r = run("spectral", ["lint", "--ruleset", path.join(appDir, ".spectral.yaml"), "--format", "json", "--output", out, "--fail-severity", "hint", file]);
    const findings = JSON.parse(readFileSync(out, "utf8")) as { code: string; path: string[]; message: string }[];
    expect(
      findings.map((f) => `${f.code} ${f.path.join("/")}: ${f.message}`),
      r.stderr,
    ).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("Redocly's recommended ruleset (apps/api/redocly.yaml) reports no warning and no error", async () => {
    const file = await servedDocument();
    const r = run("redocly", ["lint", "--config", path.join(appDir, "redocly.yaml"), "--format", "json", file]);
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf("{"))) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    expect(
      report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`),
      r.stderr,
    ).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(r.status).toBe(0);
  });
});

// ajv-formats is CommonJS: under Node's ESM loader its default import is the module object, whose `default` is the plugin.
const addFormats = (ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats;

/** Which `$defs` entry each kind of dataset.jsonl record is. */
const DEF_OF: Record<DatasetKind, string> = {
  outlet: "Outlet",
  document: "Document",
  place: "Place",
  actor: "Actor",
  conflict: "Conflict",
  event: "Event",
  dispute: "Dispute",
  issue: "DisputeIssue",
  position: "Position",
  claim: "Claim",
  eventIssueLink: "EventIssueLink",
  citation: "Citation",
};

describe("the domain JSON Schema (/api/v1/schema.json)", () => {
  it("compiles as JSON Schema 2020-12 (Ajv, strict) and validates every record of the dataset export and every seed annotation", async () => {
    const schema = (await (await fetch(`${api.base}/api/v1/schema.json`)).json()) as { $id: string; $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    const validator = (def: string) => {
      const v = ajv.getSchema(`${schema.$id}#/$defs/${def}`);
      if (!v) throw new Error(`no $defs/${def}`);
      return v;
    };

    const lines = (await (await fetch(`${api.base}/api/v1/export/dataset.jsonl`)).text()).trim().split("\n");
    const records = lines.slice(1, -1).map((l) => JSON.parse(l) as { kind: DatasetKind; record: unknown });
    const counts = (JSON.parse(lines.at(-1)!) as { counts: Record<DatasetKind, number> }).counts;
    expect(records.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    const invalid: string[] = [];
    const checked = new Set<DatasetKind>();
    for (const { kind, record } of records) {
      const validate = validator(DEF_OF[kind]);
      checked.add(kind);
      if (!validate(record)) invalid.push(`${kind} ${(record as { id: string }).id}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(invalid).toEqual([]);
    expect([...checked].sort()).toEqual(
      Object.keys(DEF_OF)
        .filter((k) => counts[k as DatasetKind] > 0)
        .sort(),
    );

    const seeds = readdirSync(path.join(repoRoot, "seeds")).filter((f) => f.endsWith(".annotation.json"));
    expect(seeds.length).toBeGreaterThan(0);
    const seedAnnotation = validator("SeedAnnotation");
    for (const f of seeds) {
      const ok = seedAnnotation(JSON.parse(readFileSync(path.join(repoRoot, "seeds", f), "utf8")));
      expect(ok, `${f}: ${ajv.errorsText(seedAnnotation.errors)}`).toBe(true);
    }
  });
});

describe("Web Annotation targets", () => {
  it("point to a URL that answers the document's text as text/plain, where the selectors find their words", async () => {
    const res = await fetch(`${api.base}/api/v1/export/citations.jsonld`);
    const items = ((await res.json()) as { first: { items: ReturnType<typeof citationAnnotation>[] } }).first.items;
    expect(items.length).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    for (const a of items) {
      const source = a.target.source;
      expect(source.format).toBe("text/plain");
      let text = texts.get(source.id);
      if (text === undefined) {
        const got = await fetch(source.id.replace(/^https?:\/\/[^/]+/, api.base));
        expect(got.status, source.id).toBe(200);
        expect(got.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        expect(got.headers.get("content-language")).toBe(source.language);
        text = await got.text();
        texts.set(source.id, text);
      }
      const [quote, position] = a.target.selector as unknown as [{ type: string; exact: string }, { type: string; start: number; end: number }];
      // TextPositionSelector counts code points.
      expect([quote.type, position.type]).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
      expect([...text].slice(position.start, position.end).join(""), a.id).toBe(quote.exact);
    }
    expect(texts.size).toBeGreaterThan(0);
  });

  it("is the same text as documents.byId, and 404 with the REST error body for an unknown id", async () => {
    const list = (await (await fetch(`${api.base}/api/v1/documents?limit=1`)).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const doc = (await (await fetch(`${api.base}/api/v1/documents/${encodeURIComponent(id)}`)).json()) as { text: string };
    const text = await fetch(`${api.base}/api/v1/documents/${encodeURIComponent(id)}/text`);
    expect(await text.text()).toBe(doc.text);
    expect(text.headers.get("etag")).toBeTruthy();

    const missing = await fetch(`${api.base}/api/v1/documents/no-such-document/text`, { headers: { "accept-language": "en" } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: "NOT_FOUND", message: expect.any(String) as string, fieldErrors: null });
    const head = await fetch(`${api.base}/api/v1/documents/${encodeURIComponent(id)}/text`, { method: "HEAD" });
    expect(head.status).toBe(200);
  });
});
