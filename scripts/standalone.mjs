#!/usr/bin/env node
// Completes a Next app's standalone build (`output: "standalone"`): Next traces the server's files into
// .next/standalone/apps/<app>/ but leaves the browser's files to the deployer, so this copies .next/static (and
// public/, where an app has one) beside the server. An app with its own server.mjs (the admin: Next behind a step
// that names each browser's address) gets it bundled in, its dependencies inlined and Next left to the traced copy.
// Every start script runs the result: node .next/standalone/apps/<app>/server.{js,mjs}.
//   node scripts/standalone.mjs            (from an app's folder, as its build script does)
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { nodeBundle } from "./node-bundle.mjs";
import { standaloneDir } from "./standalone-paths.mjs";

const appDir = process.cwd();
const target = standaloneDir(appDir);
if (!existsSync(path.join(target, ".next", "BUILD_ID"))) {
  console.error(`[standalone] ${target} is missing: run next build with output: "standalone" first.`);
  process.exit(1);
}

const copy = (from, to) => {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
};
copy(path.join(appDir, ".next", "static"), path.join(target, ".next", "static"));
if (existsSync(path.join(appDir, "public"))) copy(path.join(appDir, "public"), path.join(target, "public"));

if (existsSync(path.join(appDir, "server.mjs"))) {
  // esbuild is the app's own dev dependency (resolved from its folder, not from here).
  const { build } = createRequire(path.join(appDir, "package.json"))("esbuild");
  await nodeBundle(build, { entry: path.join(appDir, "server.mjs"), outfile: path.join(target, "server.mjs"), external: ["next"] });
}
console.log(`[standalone] ${path.relative(process.cwd(), target) || "."} is ready`);
