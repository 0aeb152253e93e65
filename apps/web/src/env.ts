import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The reader's environment, validated once when the server starts: a malformed URL or a short secret stops
 * it with the variable's name instead of failing every page later. See docs/environment.md.
 */
export const env = createEnv({
  server: {
    /** The API, for server rendering. */
    API_URL: z.url().default("http://127.0.0.1:4000"),
    /** The public origin in absolute links (feed, sitemap, OpenGraph); unset = this server's own address. */
    SITE_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
    WEB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Shared with the API, which calls /api/revalidate after a publish; unset = revalidation refused. */
    REVALIDATE_SECRET: z.string().min(16).optional(),
  },
  runtimeEnv: {
    API_URL: process.env.API_URL,
    SITE_URL: process.env.SITE_URL,
    PORT: process.env.PORT,
    WEB_PORT: process.env.WEB_PORT,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET,
  },
  emptyStringAsUndefined: true,
});
