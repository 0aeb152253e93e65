#!/usr/bin/env node
// The workspace's packages and which uses which, drawn from their package.json files as a Mermaid graph:
// a solid arrow is a runtime dependency, a dotted one a development-only one (the API's types, test
// helpers). docs/architecture.md holds the drawing between two markers; tests/architecture.test.ts fails
// when it differs from what this prints, so the picture cannot drift from the code.
//   node scripts/architecture-diagram.mjs            print it
//   node scripts/architecture-diagram.mjs --write    put it into docs/architecture.md
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const START = "<!-- dependency-diagram:start (node scripts/architecture-diagram.mjs --write) -->";
export const END = "<!-- dependency-diagram:end -->";
export const DOC = path.join(root, "docs/architecture.md");

function workspacePackages() {
  const out = [];
  for (const group of ["apps", "packages", "examples"]) {
    const dir = path.join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name, "package.json");
      if (existsSync(file)) out.push({ dir: `${group}/${name}`, pkg: JSON.parse(readFileSync(file, "utf8")) });
    }
  }
  return out;
}

export function diagram() {
  const pkgs = workspacePackages();
  const node = (name) => name.replace(/^@waqai\//, "").replace(/[^a-z0-9]/gi, "_");
  const lines = ["```mermaid", "graph TD"];
  for (const { dir, pkg } of pkgs) lines.push(`  ${node(pkg.name)}["${pkg.name}<br/>${dir}"]`);
  for (const { pkg } of pkgs) {
    const internal = (deps) =>
      Object.keys(deps ?? {})
        .filter((d) => d.startsWith("@waqai/"))
        .sort();
    for (const d of internal(pkg.dependencies)) lines.push(`  ${node(pkg.name)} --> ${node(d)}`);
    for (const d of internal(pkg.devDependencies)) lines.push(`  ${node(pkg.name)} -.-> ${node(d)}`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** The drawing as docs/architecture.md holds it, or null when the markers are missing. */
export function documented() {
  const text = readFileSync(DOC, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  return a < 0 || b < a ? null : text.slice(a + START.length, b).trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--write")) {
    const text = readFileSync(DOC, "utf8");
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (a < 0 || b < a) throw new Error(`docs/architecture.md has no ${START} … ${END} markers`);
    writeFileSync(DOC, `${text.slice(0, a + START.length)}\n${diagram()}\n${text.slice(b)}`);
  } else console.log(diagram());
}
