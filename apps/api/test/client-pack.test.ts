import { execFile, type ExecFileOptions } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, loadSeeds, type Database } from "@waqai/db";
import { buildServer } from "../src/server";
import { freshApiDatabase, type ApiDatabase } from "./process";

// packages/client as an outsider gets it: `pnpm pack` (which builds dist/ first), then a fresh npm project in a temp
// folder outside the workspace installs only the tarball and typescript from the registry, type-checks code
// that reads result fields (and fails on a wrong one), and calls a real API from a Node script. Here, not in
// packages/client, because the client's code may not reach the server's (ESLint's layers), and this test runs one:
// the real Fastify server in this process, on its own seeded database (PostgreSQL when TEST_DATABASE_URL is set).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const clientDir = path.join(repoRoot, "packages/client");
const scratch = mkdtempSync(path.join(tmpdir(), "waqai-client-pack-"));
const project = path.join(scratch, "outsider");
const TYPESCRIPT = "5.9.3";

interface Run {
  code: number;
  out: string;
}
function run(cmd: string, args: string[], opts: ExecFileOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 300_000, maxBuffer: 16 << 20, encoding: "utf8", ...opts }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, out: `${String(stdout)}${String(stderr)}` });
    });
  });
}

/** Whether npm's registry answers; the test needs it to install the tarball's dependencies and typescript. */
async function registryReachable(): Promise<string | null> {
  const registry = (await run("npm", ["config", "get", "registry"])).out.trim() || "https://registry.npmjs.org/";
  try {
    const res = await fetch(new URL("typescript", registry), {
      signal: AbortSignal.timeout(10_000),
      headers: { accept: "application/vnd.npm.install-v1+json" },
    });
    return res.ok ? null : `the npm registry (${registry}) answered ${res.status}`;
  } catch (err) {
    return `the npm registry (${registry}) is unreachable: ${(err as Error).message}`;
  }
}

const skipReason = await registryReachable();
if (skipReason) console.warn(`apps/api/test/client-pack.test.ts skipped: ${skipReason}`);

let apiDb: ApiDatabase | undefined;
let database: Database | undefined;
let app: FastifyInstance | undefined;
let apiUrl = "";

/** The API with the seed, listening on a free port. */
async function startApi(): Promise<string> {
  apiDb = await freshApiDatabase("waqai_client_pack_test");
  database = await createDb(apiDb.env.DATABASE_URL || undefined, { dataDir: apiDb.dataDir });
  await database.migrate();
  await loadSeeds(database.db, path.join(repoRoot, "seeds"));
  app = await buildServer({ database, logLevel: "warn", auth: { baseURL: "http://127.0.0.1:4999", secret: "x".repeat(40), trustedOrigins: [] } });
  return app.listen({ port: 0, host: "127.0.0.1" });
}
let tarball = "";
let manifest: Record<string, unknown> & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

const EXAMPLE = `import { createWaqaiClient, paginate, TRPCClientError, type RouterOutputs } from "@waqai/client";

export async function example(url: string): Promise<string[]> {
  const client = createWaqaiClient({ url, headers: { "accept-language": "en" } });
  const page = await client.events.list.query({ limit: 5, order: "desc" });
  const first = page.items[0];
  if (!first) return [];
  const e = await client.events.byId.query({ id: first.id });
  const title: string = e.title.ar;
  const english: string | undefined = e.title.en;
  const typed: RouterOutputs["events"]["byId"] = e;
  const names: string[] = [title, english ?? "", typed.id];
  for await (const ev of paginate((input) => client.events.list.query(input), { limit: 100, type: "air_strike" })) {
    names.push(ev.title.en ?? ev.title.ar);
  }
  try {
    await client.events.byId.query({ id: "no-such-event" });
  } catch (err) {
    if (err instanceof TRPCClientError) names.push(String(err.message));
  }
  return names;
}
`;
// Each must fail to type-check on its own, with the error after it.
const WRONG: Record<string, [string, RegExp]> = {
  "a field that is not there": [
    `import { createWaqaiClient } from "@waqai/client";
const e = await createWaqaiClient({ url: "http://127.0.0.1:1" }).events.byId.query({ id: "x" });
export const wrong: string = e.titel.ar;
`,
    /error TS2551: Property 'titel' does not exist on type/,
  ],
  "a paginated item's field that is not there": [
    `import { createWaqaiClient, paginate } from "@waqai/client";
const client = createWaqaiClient({ url: "http://127.0.0.1:1" });
for await (const ev of paginate((i) => client.events.list.query(i), { limit: 10 })) console.log(ev.nope);
`,
    /error TS2339: Property 'nope' does not exist on type/,
  ],
  "an input value the procedure does not take": [
    `import { createWaqaiClient } from "@waqai/client";
await createWaqaiClient({ url: "http://127.0.0.1:1" }).events.list.query({ limit: 10, type: "no_such_type" });
`,
    /error TS2322: Type '"no_such_type"' is not assignable to type/,
  ],
};
const MAIN = `import { createWaqaiClient, paginate } from "@waqai/client";
const client = createWaqaiClient({ url: process.argv[2] });
const health = await client.health.query();
const page = await client.events.list.query({ limit: 3 });
const e = await client.events.byId.query({ id: page.items[0].id });
let all = 0;
for await (const ev of paginate((i) => client.events.list.query(i), { limit: 7 })) all += ev.id ? 1 : 0;
console.log(JSON.stringify({ status: health.status, id: e.id, titleAr: e.title.ar, all }));
`;
const tsconfig = (files: string[]) =>
  JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      // @trpc/server's own declarations use Disposable (with skipLibCheck on, ES2022 + DOM is enough).
      lib: ["ES2022", "DOM", "DOM.Iterable", "ESNext.Disposable"],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files,
  });

describe.skipIf(!!skipReason)("the packed client, installed outside the workspace", () => {
  beforeAll(async () => {
    // The server boots while the client builds and packs.
    const starting = startApi();
    void starting.catch(() => {});
    const packed = await run("pnpm", ["pack", "--pack-destination", scratch], { cwd: clientDir });
    expect(packed.code, packed.out).toBe(0);
    tarball = path.join(
      scratch,
      readdirSync(scratch).find((f) => f.endsWith(".tgz"))!,
    );
    const tar = await run("tar", ["-xzOf", tarball, "package/package.json"]);
    manifest = JSON.parse(tar.out) as typeof manifest;
    writeFileSync(path.join(scratch, "package.json"), "{}\n"); // keeps npm from looking further up for a project
    mkdirSync(project);
    writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "outsider", private: true, type: "module" }));
    const installed = await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball, `typescript@${TYPESCRIPT}`], {
      cwd: project,
    });
    expect(installed.code, installed.out).toBe(0);
    apiUrl = await starting;
  }, 360_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await apiDb?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("has a publishable manifest: semver, no workspace or catalog protocol, dist with types, a changelog", async () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/workspace:|catalog:/);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(manifest.private).toBeUndefined();
    expect(manifest.exports).toEqual({ ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } });
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(["@trpc/client", "@trpc/server"]);
    const files = (await run("tar", ["-tzf", tarball])).out.split("\n").filter(Boolean).sort();
    expect(files).toEqual(expect.arrayContaining(["package/CHANGELOG.md", "package/dist/index.d.ts", "package/dist/index.js", "package/dist/router.d.ts"]));
    expect(files.filter((f) => f.includes("/src/") || f.includes("/test/"))).toEqual([]);
    expect(readFileSync(path.join(project, "node_modules/@waqai/client/dist/router.d.ts"), "utf8")).not.toMatch(/@waqai\/|import\("\//);
    // Only the tarball and the registry's packages: no workspace package came along.
    expect(readdirSync(path.join(project, "node_modules/@waqai"))).toEqual(["client"]);
  });

  it("type-checks code that reads result fields (skipLibCheck off), and rejects wrong fields and inputs", async () => {
    const tsc = path.join(project, "node_modules/typescript/bin/tsc");
    writeFileSync(path.join(project, "example.ts"), EXAMPLE);
    writeFileSync(path.join(project, "tsconfig.json"), tsconfig(["example.ts"]));
    const ok = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project });
    expect(ok.out).toBe("");
    expect(ok.code).toBe(0);
    // The wrong files in one run: each must have its own error.
    const files = Object.values(WRONG).map(([source], i) => {
      writeFileSync(path.join(project, `wrong${i}.ts`), source);
      return `wrong${i}.ts`;
    });
    writeFileSync(path.join(project, "tsconfig.wrong.json"), tsconfig(files));
    const bad = await run(process.execPath, [tsc, "-p", "tsconfig.wrong.json"], { cwd: project });
    expect(bad.code).not.toBe(0);
    Object.entries(WRONG).forEach(([what, [, error]], i) => {
      const own = bad.out.split("\n").filter((l) => l.startsWith(`wrong${i}.ts(`));
      expect(own.length, `${what}: ${bad.out}`).toBeGreaterThan(0);
      expect(own.join("\n"), what).toMatch(error);
    });
  }, 240_000);

  it("calls the real API from a Node script in that project", async () => {
    writeFileSync(path.join(project, "main.mjs"), MAIN);
    const r = await run(process.execPath, ["main.mjs", apiUrl], { cwd: project });
    expect(r.code, r.out).toBe(0);
    const got = JSON.parse(r.out.trim().split("\n").at(-1)!) as { status: string; id: string; titleAr: string; all: number };
    expect(got.status).toBe("ok");
    expect(got.titleAr.length).toBeGreaterThan(0);
    const direct = (await (await fetch(`${apiUrl}/api/v1/event-count`)).json()) as { count: number };
    expect(got.all).toBe(direct.count);
  });
});
