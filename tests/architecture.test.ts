import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { untyped } from "@waqai/eslint-config/base";

// The dependency direction lives in eslint.config.js; these probes prove each rule bites (and lets allowed code through).
// The probes are files in no tsconfig, so they are linted without type information (the layer rules need none).
const eslint = new ESLint({ overrideConfig: untyped });
async function errors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length;
}

describe("dependency direction", () => {
  it.each([
    ["apps/web/src/probe.ts", `import { createDb } from "@waqai/db"; export const x = createDb;`],
    ["apps/admin/src/probe.ts", `import { updateRecord } from "@waqai/db/editorial"; export const x = updateRecord;`],
    ["apps/admin/src/probe.ts", `import { eq } from "drizzle-orm"; export const x = eq;`],
    ["apps/web/src/probe.ts", `import { appRouter } from "@waqai/api"; export const x = appRouter;`],
    ["packages/schema/src/probe.ts", `import { tables } from "@waqai/db"; export const x = tables;`],
    ["packages/db/src/probe.ts", `import { appRouter } from "@waqai/api"; export const x = appRouter;`],
    ["packages/api/src/probe.ts", `import { buildServer } from "../../../apps/api/src/server"; export const x = buildServer;`],
    ["packages/client/src/probe.ts", `import { appRouter } from "@waqai/api"; export const x = appRouter;`],
    ["packages/client/src/probe.ts", `import { createDb } from "@waqai/db"; export const x = createDb;`],
    ["examples/consumer/src/probe.ts", `import { appRouter } from "@waqai/api"; export const x = appRouter;`],
  ])("forbids %s: %s", async (file, code) => {
    expect(await errors(file, code)).toBe(1);
  });

  it.each([
    ["apps/web/src/probe.ts", `import type { AppRouter } from "@waqai/api"; export type X = AppRouter;`],
    ["apps/web/src/probe.ts", `import { EVENT_TAXONOMY } from "@waqai/schema"; export const x = EVENT_TAXONOMY;`],
    ["packages/api/src/probe.ts", `import { listEvents } from "@waqai/db/queries"; export const x = listEvents;`],
    ["packages/db/src/probe.ts", `import { Event } from "@waqai/schema"; export const x = Event;`],
    ["packages/client/src/probe.ts", `import type { AppRouter } from "@waqai/api"; export type X = AppRouter;`],
    ["examples/consumer/src/probe.ts", `import { createWaqaiClient } from "@waqai/client"; export const x = createWaqaiClient;`],
  ])("allows %s: %s", async (file, code) => {
    expect(await errors(file, code)).toBe(0);
  });
});

describe("docs/architecture.md", () => {
  it("draws the packages and their dependencies as the package.json files have them", () => {
    // The generator prints the drawing; the document holds it between two markers (regenerate with --write).
    const drawn = execFileSync(process.execPath, ["scripts/architecture-diagram.mjs"], { encoding: "utf8" }).trim();
    const doc = readFileSync("docs/architecture.md", "utf8");
    const held = /<!-- dependency-diagram:start[^>]*-->([\s\S]*?)<!-- dependency-diagram:end -->/.exec(doc)?.[1]?.trim();
    expect(held).toBe(drawn);
    expect(drawn).toContain("db --> schema");
  });
});

describe("one instance of each shared runtime", () => {
  // pnpm gives a package with peer dependencies one copy per set of peers it resolves. Two copies of @trpc/server
  // make a TRPCError thrown in packages/api fail apps/api's instanceof (a 404 became a 500 when a devDependency's
  // optional peer changed the resolution): every workspace package that uses it must resolve the same files.
  it.each(["@trpc/server", "zod", "drizzle-orm"])("%s resolves to one copy across the workspace", (dep) => {
    const users = ["apps/api", "apps/web", "apps/admin", "packages/api", "packages/db", "packages/schema", "packages/client"].filter((dir) => {
      const pkg = JSON.parse(readFileSync(new URL(`../${dir}/package.json`, import.meta.url), "utf8")) as Record<string, Record<string, string> | undefined>;
      return !!(pkg.dependencies?.[dep] ?? pkg.devDependencies?.[dep] ?? pkg.peerDependencies?.[dep]);
    });
    expect(users.length, `packages using ${dep}`).toBeGreaterThan(1);
    const copies = new Set(users.map((dir) => realpathSync(createRequire(new URL(`../${dir}/package.json`, import.meta.url)).resolve(dep))));
    expect([...copies]).toHaveLength(1);
  });
});
