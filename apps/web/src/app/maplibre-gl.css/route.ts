import { maplibreFile } from "@/map/maplibre-files";

// Built once; pages ask for it by a content-hashed URL, so it is cached for good.
export const dynamic = "force-static";

export function GET() {
  return new Response(maplibreFile("maplibre-gl.css").body, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
