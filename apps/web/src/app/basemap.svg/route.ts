import { BASEMAP_SVG } from "@/map/basemap-svg";

// Built once at build time; the URL pages use carries a content hash (BASEMAP_URL), so it never goes stale.
export const dynamic = "force-static";

export function GET() {
  return new Response(BASEMAP_SVG, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
