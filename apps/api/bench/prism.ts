// bench:prism — the OpenAPI document checked by a third party's reading of it: Stoplight Prism as a validating proxy
// in front of the real API (its own process, on a fresh seeded database, with one release so every path has
// something to serve). Each operation of /api/v1/openapi.json is called once through Prism, with real ids taken
// from the lists and its required parameters filled in; Prism validates the request and the answer against the
// document and names every violation in its `sl-violations` header. An operation conforms when it answered 2xx
// with no violation. Prints one line per operation and "N/M operations conform".
//
// A script, not a CI test: @stoplight/prism-cli 5.14.2 is the last release that declares Node 20, and the
// prism-core / prism-http-server it pulls in (5.16) declare Node 24 (they run on 20 today, unpromised).
//
// Usage: pnpm --filter @waqai/api-server bench:prism
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Release } from "@waqai/schema";
import { ADMIN_ORIGIN, firstStartPassword, signIn } from "../test/admin-session";
import { installTools, PRISM_TOOLS } from "../test/outsider-tools";
import { freePort, freshApiDatabase, spawnApi } from "../test/process";

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
}
interface Violation {
  location: string[];
  severity: string;
  message: string;
}

/** Values for the required query parameters the document names (all real filters, all valid). */
const QUERY: Record<string, (pathName: string) => string[]> = {
  bbox: () => ["35", "32", "43", "38"],
  zoom: () => ["6"],
  kind: (p) => [p === "/suggest" ? "place" : "event"],
  q: (p) => [p === "/suggest" ? "ح" : "حلب"],
  since: () => ["2020-01-01T00:00:00Z"],
};

const prism = { script: installTools(PRISM_TOOLS).bin("prism"), version: PRISM_TOOLS["@stoplight/prism-cli"] };

const database = await freshApiDatabase("waqai_bench_prism");
const api = await spawnApi({ ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, LOG_LEVEL: "warn" });
const scratch = mkdtempSync(path.join(tmpdir(), "waqai-prism-"));
const prisms: ReturnType<typeof spawn>[] = [];
try {
  const admin = await signIn(api, "admin@waqai.local", firstStartPassword(api));
  const release = await admin.mutate<Release>("releases.create", { version: "1.0.0" });
  const docText = await (await fetch(`${api.url}/api/v1/openapi.json`)).text();
  const docFile = path.join(scratch, "openapi.json");
  writeFileSync(docFile, docText);
  const doc = JSON.parse(docText) as { paths: Record<string, Record<string, Operation>> };

  // Prism routes by the document's paths and forwards to the API's /api/v1 (the document's server).
  async function startPrism(file: string): Promise<{ url: string; stop: () => void }> {
    const port = await freePort();
    const child = spawn(process.execPath, [prism.script, "proxy", file, `${api.url}/api/v1`, "--host", "127.0.0.1", "--port", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    prisms.push(child);
    let log = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${log}`)), 60_000);
      const onData = (d: Buffer) => {
        log += String(d);
        if (log.includes("Prism is listening")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", (code) => reject(new Error(`Prism exited (${code}):\n${log}`)));
    });
    return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
  }

  // The control first: over a copy of the document whose events list must have a property no answer has, Prism
  // has to report the answer. Were it silent there, every ✓ below would mean nothing.
  const tampered = JSON.parse(docText) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }> };
  const listSchema = tampered.paths["/events"]!.get.responses["200"]!.content["application/json"]!;
  listSchema.schema = { allOf: [listSchema.schema, { type: "object", required: ["notAField"] }] };
  const tamperedFile = path.join(scratch, "tampered.json");
  writeFileSync(tamperedFile, JSON.stringify(tampered));
  const control = await startPrism(tamperedFile);
  const caught = JSON.parse((await fetch(`${control.url}/events`)).headers.get("sl-violations") ?? "[]") as Violation[];
  control.stop();
  if (!caught.some((v) => v.message.includes("notAField")))
    throw new Error(`Prism did not validate the answer against the document: ${JSON.stringify(caught)}`);
  console.log(`control: Prism reports an answer that breaks the document (${caught.map((v) => v.message).join("; ")})\n`);

  const { url: through } = await startPrism(docFile);

  /** The first id of a list, for the path parameter of its byId (and of what hangs off it). */
  const firstIds = new Map<string, string>();
  async function firstId(list: string): Promise<string> {
    if (!firstIds.has(list)) {
      const body = (await (await fetch(`${api.url}/api/v1${list}?limit=1`)).json()) as { items: { id: string }[] };
      firstIds.set(list, body.items[0]?.id ?? "none");
    }
    return firstIds.get(list)!;
  }

  const results: { operationId: string; url: string; status: number; violations: Violation[] }[] = [];
  for (const [pathName, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      if (method !== "get") continue;
      let url = pathName;
      if (url.includes("{id}")) url = url.replace("{id}", encodeURIComponent(await firstId(`/${pathName.split("/")[1]}`)));
      url = url.replace("{version}", release.version);
      const query = new URLSearchParams();
      for (const p of op.parameters ?? []) if (p.in === "query" && p.required) for (const v of QUERY[p.name]!(pathName)) query.append(p.name, v);
      if (query.size) url += `?${query}`;
      const res = await fetch(`${through}${url}`, { headers: { "accept-language": "en" } });
      await res.arrayBuffer();
      const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as Violation[];
      results.push({ operationId: op.operationId, url, status: res.status, violations });
    }

  let conform = 0;
  for (const r of results) {
    const ok = r.status >= 200 && r.status < 300 && r.violations.length === 0;
    if (ok) conform++;
    console.log(`${ok ? "✓" : "✗"} ${r.operationId.padEnd(28)} ${r.status} GET ${r.url}`);
    for (const v of r.violations) console.log(`    ${v.severity} ${v.location.join(".")}: ${v.message}`);
  }
  console.log(`\n${conform}/${results.length} operations conform (Prism ${prism.version}, request and response validated)`);
  process.exitCode = conform === results.length ? 0 : 1;
} finally {
  for (const p of prisms) p.kill("SIGTERM");
  await api.stop();
  await database.dispose();
  rmSync(scratch, { recursive: true, force: true });
}
