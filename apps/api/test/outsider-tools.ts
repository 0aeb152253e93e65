// Third-party OpenAPI tools (client generators, Prism), installed with npm into a folder of their own, as an outsider's
// project would have them. They are not workspace dependencies on purpose: their optional peers (@babel/core) change
// how pnpm resolves @trpc/server's peers in this workspace and split it into two module instances, after which a
// TRPCError thrown in packages/api is not an instance of apps/api's TRPCError.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Exact versions: the last of each that runs on Node 20 (newer orval and hey-api need Node ≥ 22.18). */
export const GENERATOR_TOOLS = {
  "openapi-typescript": "7.13.0",
  "openapi-fetch": "0.17.0",
  orval: "7.13.2",
  "@hey-api/openapi-ts": "0.95.0",
  tsx: "4.23.15",
  typescript: "5.9.3",
};
export const PRISM_TOOLS = { "@stoplight/prism-cli": "5.14.2" };

/**
 * A folder whose node_modules holds exactly `tools`, installed once and kept in .cache/outsider-tools (keyed by the
 * list, so a version change installs afresh). Throws with npm's output when the install fails.
 */
export function installTools(tools: Record<string, string>): { dir: string; nodeModules: string; bin: (name: string) => string } {
  const specs = Object.entries(tools).map(([name, version]) => `${name}@${version}`);
  const key = createHash("sha256").update(specs.join(" ")).digest("hex").slice(0, 12);
  const dir = path.join(repoRoot, ".cache/outsider-tools", key);
  if (!existsSync(path.join(dir, "READY"))) {
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    writeFileSync(path.join(building, "package.json"), JSON.stringify({ private: true, type: "module" }));
    const npm = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], { cwd: building, encoding: "utf8", timeout: 600_000 });
    if (npm.status !== 0) throw new Error(`npm install ${specs.join(" ")} failed (${npm.status}):\n${npm.stdout}${npm.stderr}`);
    writeFileSync(path.join(building, "READY"), specs.join("\n"));
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  }
  const nodeModules = path.join(dir, "node_modules");
  return { dir, nodeModules, bin: (name) => path.join(nodeModules, ".bin", name) };
}
