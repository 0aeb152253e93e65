import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@waqai/ui", "@waqai/schema"],
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
