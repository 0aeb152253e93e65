import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy } from "@waqai/ui/csp";

// Paths that are not Arabic pages: English pages, route handlers, Next's own files, and files by extension.
const UNPREFIXED = ["en(?:/|$)", "ar(?:/|$)", "api/", "export/", "cards/", "sitemaps/", "_next/", "[^/]+\\.[a-z]+$"].join("|");

const MAPLIBRE_FILES = ["./node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs", "./node_modules/maplibre-gl/dist/maplibre-gl.css"];

const config: NextConfig = {
  transpilePackages: ["@waqai/ui", "@waqai/schema"],
  // A native module (the share cards' rasteriser): loaded by Node at run time, never bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  // A self-contained server folder (.next/standalone: only the files the server needs, traced from the whole
  // workspace), which scripts/standalone.mjs completes after the build and every start script runs.
  output: "standalone",
  outputFileTracingRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
  // Files the server reads by a computed path, which the tracer cannot follow (src/map/maplibre-files.ts).
  outputFileTracingIncludes: {
    "/[locale]/map": MAPLIBRE_FILES,
    "/maplibre-gl-worker.mjs": MAPLIBRE_FILES,
    "/maplibre-gl.css": MAPLIBRE_FILES,
  },
  // The in-memory part of Next's page and data cache (its default is 50 MB). Every entry is also on disk, which
  // serves what memory drops, and a deployed reader sits behind Varnish, which holds the pages: a larger memory
  // cache bought little and made each replica's memory climb for minutes under varied load (bench:cluster-soak).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  poweredByHeader: false,
  reactStrictMode: true,
  // The CSS is linked, not inlined (experimental.inlineCss): inlined, it came twice in every page, once in
  // <head> and again in the RSC payload (~45 KB of a 190 KB home page), and no page could reuse it from the
  // browser's cache. Linked, it is one cached request for the whole site.
  // `pnpm typecheck` is the type gate; this lets a build go on while another package is mid-change.
  typescript: { ignoreBuildErrors: process.env.WEB_BUILD_SKIP_TYPECHECK === "1" },
  // Arabic has no prefix: "/x" is served by app/[locale] as "/ar/x"; English keeps its "/en". A config
  // rewrite rather than a proxy: no per-request middleware on cached pages (and Next 16's proxy
  // rewrites turn external when the server is bound to 127.0.0.1).
  async rewrites() {
    return { beforeFiles: [{ source: `/:path((?!${UNPREFIXED}).*)`, destination: "/ar/:path" }], afterFiles: [], fallback: [] };
  },
  // Security headers on every page. Pages are cached and shared, so the policy cannot carry a per-response
  // nonce: Next's inline boot scripts are allowed by 'unsafe-inline', everything else only from this origin.
  async headers() {
    const csp = contentSecurityPolicy({ scripts: "'unsafe-inline'" });
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  async redirects() {
    return [{ source: "/ar/:path*", destination: "/:path*", permanent: true }];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
