// The API as one ES module (dist/main.mjs) that plain Node runs: the workspace's TypeScript packages are bundled in,
// so no TypeScript loader sits in the running server (tsx cost ~80 MB of RSS and slower starts). The API's own
// dependencies stay external (resolved from apps/api/node_modules at run time): PGlite loads its WASM and data files
// from beside its module, pg has an optional native part, and the reference page reads its assets from disk.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { nodeBundle } from "../../../scripts/node-bundle.mjs";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8"));
const external = [...Object.keys(pkg.dependencies).filter((d) => !d.startsWith("@waqai/")), "pg-native"];

const started = Date.now();
await nodeBundle(build, { entry: path.join(appDir, "src/main.ts"), outfile: path.join(appDir, "dist/main.mjs"), external, sourcemap: true });
console.log(`api: dist/main.mjs in ${Date.now() - started} ms`);
