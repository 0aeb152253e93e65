// One ES module for plain Node from an entry file and what it imports, as the API's build (apps/api/scripts/bundle.mjs)
// and the admin's standalone server (scripts/standalone.mjs) both need. esbuild is the caller's own dependency, passed
// in: the workspace root has none.

/** Bundles `entry` into `outfile` with esbuild's `build`, leaving `external` packages (and their subpaths) to Node. */
export function nodeBundle(build, { entry, outfile, external, sourcemap = false }) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // A package and its subpaths (drizzle-orm/pglite, next/dist/…).
    external: [...external, ...external.map((d) => `${d}/*`)],
    // Bundled CommonJS code calls require(): give the module one.
    banner: { js: "import { createRequire as __waqaiRequire } from 'node:module'; const require = __waqaiRequire(import.meta.url);" },
    sourcemap: sourcemap ? "linked" : false,
    logLevel: "warning",
  });
}
