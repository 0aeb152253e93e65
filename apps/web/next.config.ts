import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@waqai/ui", "@waqai/schema"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
