import { siteUrl } from "@/lib/site";

// Per request: the public origin (SITE_URL) is known when the reader runs, not when it is built.
export const dynamic = "force-dynamic";

/**
 * For crawlers: every record page may be indexed and the sitemap index lists them all; the API, the bulk exports
 * and the search pages (an endless space of query strings, each rendered fresh) are not for crawling.
 */
export function GET() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /api/",
    "Disallow: /export/",
    "Disallow: /search",
    "Disallow: /en/search",
    `Sitemap: ${siteUrl()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
