import { env } from "@/env";

/** The public origin used in absolute links (feed, sitemap, OpenGraph). Set SITE_URL in production. */
export function siteUrl(): string {
  return (env.SITE_URL ?? `http://127.0.0.1:${env.PORT ?? env.WEB_PORT ?? 3000}`).replace(/\/+$/, "");
}
