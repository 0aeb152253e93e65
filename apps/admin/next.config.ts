import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@waqai/ui", "@waqai/schema"],
  // A self-contained server folder (.next/standalone: only the files the server needs, traced from the whole
  // workspace), which scripts/standalone.mjs completes after the build and every start script runs.
  output: "standalone",
  outputFileTracingRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
  poweredByHeader: false,
  reactStrictMode: true,
  // With the content security policy of src/proxy.ts: no sniffing, no framing, no referrer to other sites.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
