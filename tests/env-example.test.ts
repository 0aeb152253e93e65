import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// .env.example, docs/environment.md and the code name the same variables, so neither page drifts from what the
// processes read: a variable added to an env.ts or read in code without a line in both fails here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const names = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));

const example = names(read(".env.example"), /^# ([A-Z][A-Z0-9_]*)=/gm);
const documented = names(read("docs/environment.md"), /`([A-Z][A-Z0-9_]*)`/g);

/** The code of the processes .env.example is for: the API (with its router and commands), the db package, the reader, the admin, pnpm start. */
const SOURCES = [
  "apps/api/src",
  "apps/api/scripts",
  "packages/api/src",
  "packages/db/src",
  "apps/web/src",
  "apps/web/next.config.ts",
  "apps/admin/src",
  "apps/admin/server.mjs",
  "scripts/start.mjs",
  "scripts/cluster.mjs",
];
/** Set by the tools that run our code, never by a user. */
const NOT_OURS = new Set(["INIT_CWD"]);

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => (name === "node_modules" ? [] : files(path.join(entry, name))));
}

describe(".env.example", () => {
  it("names every variable of the API's, the reader's and the admin's env.ts schemas", () => {
    for (const file of ["apps/api/src/env.ts", "apps/web/src/env.ts", "apps/admin/src/env.ts"]) {
      const schema = names(read(file), /^\s+([A-Z][A-Z0-9_]*):/gm);
      expect(schema.size, file).toBeGreaterThan(2);
      expect(
        [...schema].filter((n) => !example.has(n)),
        file,
      ).toEqual([]);
    }
  });

  it("names every variable the code reads from the environment", () => {
    const inCode = new Set(
      SOURCES.flatMap(files)
        .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
        .flatMap((f) => [...names(read(f), /\benv\.([A-Z][A-Z0-9_]*)\b/g)]),
    );
    expect(inCode.size).toBeGreaterThan(20);
    expect([...inCode].filter((n) => !example.has(n) && !NOT_OURS.has(n)).sort()).toEqual([]);
  });

  it("and docs/environment.md name the same variables", () => {
    expect([...example].filter((n) => !documented.has(n)).sort()).toEqual([]);
    expect([...documented].filter((n) => !example.has(n)).sort()).toEqual([]);
  });
});
