import { SitemapEntriesInput } from "@waqai/schema";
import { api } from "@/lib/api";
import { siteUrl } from "@/lib/site";
import { parseSitemapFile, PATH_OF } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

const PAGES = ["/", "/disputes", "/map", "/search"];

/** One <url> in both languages, the English one and the Arabic one naming each other. */
function url(origin: string, path: string, lastmod?: string): string {
  const ar = `${origin}${path}`;
  const en = `${origin}/en${path === "/" ? "" : path}`;
  const alternates = `<xhtml:link rel="alternate" hreflang="ar" href="${ar}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/>`;
  const mod = lastmod ? `<lastmod>${lastmod}</lastmod>` : "";
  return `  <url><loc>${ar}</loc>${mod}${alternates}</url>\n  <url><loc>${en}</loc>${mod}${alternates}</url>\n`;
}

/** One sitemap file, written as it is read (a file is at most 20,000 records, 40,000 URLs). */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const origin = siteUrl();
  const head = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
`;
  const headers = { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" };
  if (file === "pages.xml") return new Response(`${head}${PAGES.map((p) => url(origin, p)).join("")}</urlset>\n`, { headers });
  const parsed = parseSitemapFile(file);
  const input = parsed ? SitemapEntriesInput.safeParse(parsed) : null;
  if (!parsed || !input?.success) return new Response("Not found", { status: 404 });
  const { items } = await api().records.sitemapEntries.query(input.data);
  const encoder = new TextEncoder();
  const base = PATH_OF[parsed.kind]!;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
      for (let i = 0; i < items.length; i += 500) {
        controller.enqueue(
          encoder.encode(
            items
              .slice(i, i + 500)
              .map((x) => url(origin, `/${base}/${x.id}`, x.updatedAt))
              .join(""),
          ),
        );
      }
      controller.enqueue(encoder.encode("</urlset>\n"));
      controller.close();
    },
  });
  return new Response(stream, { headers });
}
