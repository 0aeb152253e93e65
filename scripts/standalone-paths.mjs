// Where a Next app's standalone server lives. The apps trace from the workspace root (outputFileTracingRoot), so
// Next mirrors the workspace inside .next/standalone and the app's server sits at apps/<app>/ there.
import { existsSync } from "node:fs";
import path from "node:path";

/** The folder holding the app's standalone server (server.js; server.mjs for an app with its own server). */
export function standaloneDir(appDir) {
  return path.join(appDir, ".next", "standalone", "apps", path.basename(appDir));
}

/** The server file to run with node; throws, saying what to run, when the app has no standalone build. */
export function builtServer(appDir) {
  const server = standaloneServer(appDir);
  if (!server) throw new Error(`apps/${path.basename(appDir)} has no standalone build: run \`pnpm build\``);
  return server;
}

/** The server file to run with node, or null when the app has no standalone build. */
export function standaloneServer(appDir) {
  const dir = standaloneDir(appDir);
  for (const file of ["server.mjs", "server.js"]) if (existsSync(path.join(dir, file))) return path.join(dir, file);
  return null;
}
