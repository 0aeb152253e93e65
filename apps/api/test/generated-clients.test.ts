/**
 * Clients an outsider generates from the served OpenAPI document, with the real generators: openapi-typescript's
 * types driving openapi-fetch, orval's fetch client, and @hey-api/openapi-ts's fetch client. Against a real API
 * process on its own seeded database (with one release, so its download exists), the test takes
 * /api/v1/openapi.json, generates the three clients into a temp folder (offline: in a network namespace with
 * loopback only, where `unshare` allows it), type-checks a usage file with tsc, then runs it: every operation
 * whose answer is not plain JSON (the bulk exports, a document's text, a release's file) is called through each
 * client, and what came back at run time is compared with what the client's types declare for it.
 *
 * The declared side is checked by tsc, not by us: the usage file passes a label ("string", "object", "Blob"…) that
 * must equal `KindOf<T>` of the call's result type, so a label that disagrees with the generated types does not
 * compile. The run-time side classifies the value the call returned (or the error it threw). A generator whose
 * default call does not return what it declares is a finding, and the table below names each one and the call
 * that reads it correctly (also run, also compared), so a change either way fails the test.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Release } from "@waqai/schema";
import { ADMIN_ORIGIN, firstStartPassword, signIn } from "./admin-session";
import { GENERATOR_TOOLS, installTools } from "./outsider-tools";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

// The generators, and the runtime the generated code imports, installed by npm as an outsider's project has them.
const tools = installTools(GENERATOR_TOOLS);
const bin = tools.bin;
const scratch = mkdtempSync(path.join(tmpdir(), "waqai-generated-clients-"));

let database: ApiDatabase;
let api: ApiProcess;
let release: Release;
let documentId: string;
let documentText: string;
/** operationId → the 200 answer's media type, for every operation of the document whose answer is not application/json. */
let fileOperations: Record<string, string>;

/** Whether this machine lets us make a network namespace (loopback only) to prove the generators fetch nothing. */
const canUnshare = spawnSync("unshare", ["-rn", "true"]).status === 0;

function run(cmd: string, args: string[], offline: boolean): SpawnSyncReturns<string> {
  const [file, argv] = offline ? ["unshare", ["-rn", cmd, ...args]] : [cmd, args];
  return spawnSync(file, argv, {
    cwd: scratch,
    encoding: "utf8",
    timeout: 120_000,
    // No telemetry, no colours in what we may print on failure.
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", HEYAPI_DISABLE_TELEMETRY: "1" },
  });
}

beforeAll(async () => {
  database = await freshApiDatabase("waqai_generated_clients");
  api = await spawnApi({ ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN });
  const admin = await signIn(api, "admin@waqai.local", firstStartPassword(api));
  release = await admin.mutate<Release>("releases.create", { version: "1.0.0" });
  const docs = (await (await fetch(`${api.url}/api/v1/documents?limit=1`)).json()) as { items: { id: string }[] };
  documentId = docs.items[0]!.id;
  documentText = await (await fetch(`${api.url}/api/v1/documents/${documentId}/text`)).text();
  const text = await (await fetch(`${api.url}/api/v1/openapi.json`)).text();
  writeFileSync(path.join(scratch, "openapi.json"), text);
  const doc = JSON.parse(text) as {
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> }>>;
  };
  fileOperations = {};
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item)) {
      const media = Object.keys(op.responses["200"]?.content ?? {});
      if (media.length && !media.includes("application/json")) fileOperations[op.operationId] = media.join(", ");
    }
  // The generated code imports openapi-fetch and typescript's DOM types as an outsider's project would: from its
  // own node_modules, here the tools package's.
  symlinkSync(tools.nodeModules, path.join(scratch, "node_modules"), "dir");
  writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ type: "module", private: true }));
  for (const [name, body] of Object.entries(USAGE))
    writeFileSync(path.join(scratch, name), body.replaceAll("%DOCUMENT%", documentId).replaceAll("%VERSION%", release.version));
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

// Each generator as its documentation runs it, on the saved document. orval takes the base URL from the document's
// `servers` (the API names itself there); the other two are given it by the usage file.
const GENERATORS: [name: string, cmd: string, args: string[]][] = [
  ["openapi-typescript", bin("openapi-typescript"), ["openapi.json", "-o", "oat/schema.d.ts"]],
  ["orval", bin("orval"), ["--config", "orval.config.cjs"]],
  ["@hey-api/openapi-ts", bin("openapi-ts"), ["-i", "openapi.json", "-o", "hey", "-c", "@hey-api/client-fetch"]],
];

/** The kind of a type as the usage file labels it, computed by tsc from the generated declarations. */
const KINDS_TS = `
export type KindOf<T> = 0 extends 1 & T ? "any" : unknown extends T ? "unknown"
  : [T] extends [string] ? "string" : [T] extends [Blob] ? "Blob" : [T] extends [Response] ? "Response"
  : [T] extends [object] ? "object" : "other";

export interface Seen { call: string; declared: string; runtime: string; sample: string }
export const seen: Seen[] = [];

function kindOf(v: unknown): string {
  if (typeof v === "string") return "string";
  if (v instanceof Blob) return "Blob";
  if (v instanceof Response) return "Response";
  if (v !== null && typeof v === "object") return "object";
  return typeof v;
}

function sampleOf(v: unknown): string {
  if (typeof v === "string") return v.slice(0, 40);
  if (v instanceof Blob) return "bytes " + v.size;
  if (v instanceof Response) return "status " + v.status;
  if (v !== null && typeof v === "object" && "type" in v) return "type " + String(v.type);
  return String(v);
}

/** orval's result narrowed to its 200 answer (its type is the union of every status's), as a caller must. */
export function ok<R extends { status: number }>(r: R): Extract<R, { status: 200 }> {
  if (r.status !== 200) throw new Error("status " + r.status);
  return r as Extract<R, { status: 200 }>;
}

/** Calls one operation through a generated client; \`declared\` must equal the result type's kind or tsc refuses. */
export async function got<T>(call: string, read: () => Promise<T>, declared: KindOf<NonNullable<T>>): Promise<void> {
  try {
    const value = await read();
    seen.push({ call, declared, runtime: kindOf(value), sample: sampleOf(value) });
  } catch (e) {
    seen.push({ call, declared, runtime: "throws " + (e as Error).name, sample: (e as Error).message.slice(0, 40) });
  }
}
`;

/** The probe of one orval client (its output folder), read the same way with or without a custom mutator. */
function orvalProbe(folder: string): string {
  return `import * as o from "./${folder}/api";
import { got, ok } from "./kinds";

export async function readAll(): Promise<void> {
  await got("export-eventsJsonl", async () => ok(await o.exportEventsJsonl()).stream, "Response");
  await got("export-eventsJsonl stream.text()", async () => ok(await o.exportEventsJsonl()).stream.text(), "string");
  await got("export-eventsCsv", async () => ok(await o.exportEventsCsv()).data, "string");
  await got("export-eventsGeojson", async () => ok(await o.exportEventsGeojson()).data, "object");
  await got("export-citationsJsonld", async () => ok(await o.exportCitationsJsonld()).data, "object");
  await got("export-datasetJsonl", async () => ok(await o.exportDatasetJsonl()).stream, "Response");
  await got("export-datasetJsonl stream.text()", async () => ok(await o.exportDatasetJsonl()).stream.text(), "string");
  await got("documents-text", async () => ok(await o.documentsText("%DOCUMENT%")).data, "string");
  await got("releases-download", async () => ok(await o.releasesDownload("%VERSION%")).data, "Blob");
}
`;
}

const USAGE: Record<string, string> = {
  // CommonJS: orval 7.13 reads an ES module config's namespace, taking \`default\` for a project's name. Two projects:
  // orval's own fetch client, and the same with a custom fetch (orval's \`mutator\` hook) that reads the body as its
  // Content-Type says, since orval's client JSON.parses every body but JSON Lines.
  "orval.config.cjs": `const output = { client: "fetch", baseUrl: { getBaseUrlFromSpecification: true } };
module.exports = {
  waqai: { input: { target: "./openapi.json" }, output: { ...output, target: "./orval/api.ts" } },
  waqaiMutator: {
    input: { target: "./openapi.json" },
    output: { ...output, target: "./orval-mutator/api.ts", override: { mutator: { path: "./orval-fetch.ts", name: "waqaiFetch" } } },
  },
};
`,
  "orval-fetch.ts": `/** For orval's mutator hook: the body read as its Content-Type says, in the shape orval's types give it. */
export async function waqaiFetch<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (type === "application/x-ndjson") return { stream: res, status: res.status, headers: res.headers } as T;
  const data = type === "application/json" || type.endsWith("+json") ? await res.json() : type.startsWith("text/") ? await res.text() : await res.blob();
  return { data, status: res.status, headers: res.headers } as T;
}
`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ["*.ts"],
  }),
  "kinds.ts": KINDS_TS,
  // openapi-fetch reads the body as JSON unless told otherwise (`parseAs`, which also sets the result's type).
  "openapi-fetch.ts": `import createClient from "openapi-fetch";
import type { paths } from "./oat/schema";
import { got } from "./kinds";

export async function readAll(base: string): Promise<void> {
  const c = createClient<paths>({ baseUrl: base + "/api/v1" });
  await got("export-eventsJsonl", async () => (await c.GET("/export/events.jsonl")).data, "string");
  await got("export-eventsJsonl parseAs=text", async () => (await c.GET("/export/events.jsonl", { parseAs: "text" })).data, "string");
  await got("export-eventsCsv", async () => (await c.GET("/export/events.csv")).data, "string");
  await got("export-eventsCsv parseAs=text", async () => (await c.GET("/export/events.csv", { parseAs: "text" })).data, "string");
  await got("export-eventsGeojson", async () => (await c.GET("/export/events.geojson")).data, "object");
  await got("export-citationsJsonld", async () => (await c.GET("/export/citations.jsonld")).data, "object");
  await got("export-datasetJsonl", async () => (await c.GET("/export/dataset.jsonl")).data, "string");
  await got("export-datasetJsonl parseAs=text", async () => (await c.GET("/export/dataset.jsonl", { parseAs: "text" })).data, "string");
  await got("documents-text", async () => (await c.GET("/documents/{id}/text", { params: { path: { id: "%DOCUMENT%" } } })).data, "string");
  await got("documents-text parseAs=text", async () => (await c.GET("/documents/{id}/text", { params: { path: { id: "%DOCUMENT%" } }, parseAs: "text" })).data, "string");
  await got("releases-download", async () => (await c.GET("/releases/{version}/download", { params: { path: { version: "%VERSION%" } } })).data, "string");
  await got("releases-download parseAs=blob", async () => (await c.GET("/releases/{version}/download", { params: { path: { version: "%VERSION%" } }, parseAs: "blob" })).data, "Blob");
}
`,
  // orval's fetch client (includeHttpResponseReturnType, its default): { data, status, headers }, or { stream } for JSON Lines.
  "orval.ts": orvalProbe("orval"),
  "orval-mutator.ts": orvalProbe("orval-mutator"),
  // hey-api's fetch client picks how to read the body from the answer's Content-Type (\`parseAs: "auto"\`).
  "hey-api.ts": `import { client } from "./hey/client.gen";
import * as h from "./hey/sdk.gen";
import { got } from "./kinds";

export async function readAll(base: string): Promise<void> {
  client.setConfig({ baseUrl: base + "/api/v1" });
  await got("export-eventsJsonl", async () => (await h.exportEventsJsonl()).data, "string");
  await got("export-eventsJsonl parseAs=text", async () => (await h.exportEventsJsonl({ parseAs: "text" })).data, "string");
  await got("export-eventsCsv", async () => (await h.exportEventsCsv()).data, "string");
  await got("export-eventsGeojson", async () => (await h.exportEventsGeojson()).data, "object");
  await got("export-citationsJsonld", async () => (await h.exportCitationsJsonld()).data, "object");
  await got("export-datasetJsonl", async () => (await h.exportDatasetJsonl()).data, "string");
  await got("export-datasetJsonl parseAs=text", async () => (await h.exportDatasetJsonl({ parseAs: "text" })).data, "string");
  await got("documents-text", async () => (await h.documentsText({ path: { id: "%DOCUMENT%" } })).data, "string");
  await got("releases-download", async () => (await h.releasesDownload({ path: { version: "%VERSION%" } })).data, "Blob");
}
`,
  // No @types/node in this project: the one Node global it reads, declared.
  "main.ts": `declare const process: { argv: string[] };
import { seen } from "./kinds";
import * as openapiFetch from "./openapi-fetch";
import * as orval from "./orval";
import * as orvalMutator from "./orval-mutator";
import * as heyApi from "./hey-api";

const base = process.argv[2]!;
const out: Record<string, typeof seen> = {};
for (const [name, readAll] of [["openapi-fetch", openapiFetch.readAll], ["orval", orval.readAll], ["orval + mutator", orvalMutator.readAll], ["hey-api", heyApi.readAll]] as const) {
  seen.length = 0;
  await readAll(base);
  out[name] = [...seen];
}
console.log(JSON.stringify(out));
`,
};

/**
 * What each client's call returns at run time against what its types declare ("= kind": they agree). Where a
 * default call does not, the line beside it is the call that does, so every export has a right way with each.
 */
const EXPECTED = {
  // openapi-fetch reads every body as JSON unless given `parseAs`, which also retypes the result: every text
  // export and the release's bytes throw on the default call, and read right with parseAs "text" / "blob".
  "openapi-fetch": {
    "export-eventsJsonl": "string ≠ throws SyntaxError",
    "export-eventsJsonl parseAs=text": "= string",
    "export-eventsCsv": "string ≠ throws SyntaxError",
    "export-eventsCsv parseAs=text": "= string",
    "export-eventsGeojson": "= object",
    "export-citationsJsonld": "= object",
    "export-datasetJsonl": "string ≠ throws SyntaxError",
    "export-datasetJsonl parseAs=text": "= string",
    "documents-text": "string ≠ throws SyntaxError",
    "documents-text parseAs=text": "= string",
    "releases-download": "string ≠ throws SyntaxError",
    "releases-download parseAs=blob": "= Blob",
  },
  // orval 7.13's own fetch client hands JSON Lines over as the Response (typed so), and JSON.parses every other
  // body: the CSV, the document's text and the release's bytes throw.
  orval: {
    "export-eventsJsonl": "= Response",
    "export-eventsJsonl stream.text()": "= string",
    "export-eventsCsv": "string ≠ throws SyntaxError",
    "export-eventsGeojson": "= object",
    "export-citationsJsonld": "= object",
    "export-datasetJsonl": "= Response",
    "export-datasetJsonl stream.text()": "= string",
    "documents-text": "string ≠ throws SyntaxError",
    "releases-download": "Blob ≠ throws SyntaxError",
  },
  // The same generated types with the custom fetch (orval-fetch.ts above): every export as declared.
  "orval + mutator": {
    "export-eventsJsonl": "= Response",
    "export-eventsJsonl stream.text()": "= string",
    "export-eventsCsv": "= string",
    "export-eventsGeojson": "= object",
    "export-citationsJsonld": "= object",
    "export-datasetJsonl": "= Response",
    "export-datasetJsonl stream.text()": "= string",
    "documents-text": "= string",
    "releases-download": "= Blob",
  },
  // hey-api reads by Content-Type: \`application/*\` that is not JSON becomes a Blob, so JSON Lines (declared a
  // string, as text it is) arrive as a Blob; \`parseAs: "text"\` reads them as declared.
  "hey-api": {
    "export-eventsJsonl": "string ≠ Blob",
    "export-eventsJsonl parseAs=text": "= string",
    "export-eventsCsv": "= string",
    "export-eventsGeojson": "= object",
    "export-citationsJsonld": "= object",
    "export-datasetJsonl": "string ≠ Blob",
    "export-datasetJsonl parseAs=text": "= string",
    "documents-text": "= string",
    "releases-download": "= Blob",
  },
};

describe("clients generated from /api/v1/openapi.json", () => {
  it("openapi-typescript, orval and @hey-api/openapi-ts generate offline, and the usage type-checks (tsc)", () => {
    for (const [name, cmd, args] of GENERATORS) {
      const r = run(cmd, args, canUnshare);
      expect(r.status, `${name}:\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
    const tsc = run(bin("tsc"), ["-p", "."], false);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });

  // Not silent: vitest reports this as skipped where unshare cannot make a network namespace.
  it.skipIf(!canUnshare)("the generators ran with no network but loopback (unshare -rn): they fetch nothing", () => {
    const r = run("node", ["-e", "fetch('https://registry.npmjs.org').then(() => process.exit(1), () => process.exit(0))"], true);
    expect(r.status).toBe(0);
  });

  it("every export read through each client has, at run time, the type the client declares (known defaults that do not, pinned)", () => {
    const r = run("node", ["--import", "tsx", "main.ts", api.url], false);
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(r.stdout) as Record<string, { call: string; declared: string; runtime: string; sample: string }[]>;

    // Every operation whose answer is not JSON is read by every client: a new export must be added here.
    expect(fileOperations).toEqual({
      "export-eventsJsonl": "application/x-ndjson",
      "export-eventsCsv": "text/csv",
      "export-eventsGeojson": "application/geo+json",
      "export-citationsJsonld": "application/ld+json",
      "export-datasetJsonl": "application/x-ndjson",
      "documents-text": "text/plain",
      "releases-download": "application/gzip",
    });
    for (const [client, calls] of Object.entries(seen))
      expect(new Set(calls.map((c) => c.call.split(" ")[0])), client).toEqual(new Set(Object.keys(fileOperations)));

    // declared → run time, per call: "= kind" where they agree.
    const table = Object.fromEntries(
      Object.entries(seen).map(([client, calls]) => [
        client,
        Object.fromEntries(calls.map((c) => [c.call, c.declared === c.runtime ? `= ${c.declared}` : `${c.declared} ≠ ${c.runtime}`])),
      ]),
    );
    expect(table).toEqual(EXPECTED);

    // And where the kinds agree, the value is the export itself, not just any string or object.
    const text = documentText.slice(0, 40);
    const want: Record<string, Record<string, string>> = {
      string: {
        "export-eventsJsonl": '{"event_id":"ev-',
        "export-eventsCsv": "event_id_cnty,event_date,year,time_preci",
        "export-datasetJsonl": '{"format":"waqai-dataset","version":2,"s',
        "documents-text": text,
      },
      object: { "export-eventsGeojson": "type FeatureCollection", "export-citationsJsonld": "type AnnotationCollection" },
      Blob: { "releases-download": `bytes ${release.bytes}` },
      Response: { "export-eventsJsonl": "status 200", "export-datasetJsonl": "status 200" },
    };
    for (const [client, calls] of Object.entries(seen))
      for (const c of calls.filter((c) => c.declared === c.runtime)) {
        const expected = want[c.runtime]?.[c.call.split(" ")[0]!];
        expect(expected, `${client} ${c.call}`).toBeDefined();
        expect(c.sample.startsWith(expected!), `${client} ${c.call}: ${c.sample}`).toBe(true);
      }
  });
});
