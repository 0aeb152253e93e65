import { WORLD_GEOJSON } from "@/map/world";

// Built once at build time; the map asks for it by a content-hashed URL (WORLD_URL), so it never goes stale.
export const dynamic = "force-static";

export function GET() {
  return new Response(WORLD_GEOJSON, {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
