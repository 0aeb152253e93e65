import { api } from "@/lib/api";
import { siteUrl } from "@/lib/site";
import { sitemapFileName } from "@/lib/sitemap";

// Built per request (the API is not up at build time); the API answers behind it are cached.
export const dynamic = "force-dynamic";

/**
 * The sitemap index (sitemaps.org): one file per month of events (a busy month in parts), and the other
 * records in files of 20,000, so every published page is listed and no file passes 50,000 URLs.
 */
export async function GET() {
  const origin = siteUrl();
  const index = await api().records.sitemapIndex.query();
  const files = [
    "pages.xml",
    ...index.months.map((m) => sitemapFileName({ kind: "event", month: m.month, part: m.part })),
    ...index.records.map((r) => sitemapFileName(r)),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `  <sitemap><loc>${origin}/sitemaps/${f}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
