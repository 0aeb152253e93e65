#!/usr/bin/env node
// Writes src/map/basemap.json: Syria and its neighbours as simplified GeoJSON, from world-atlas
// (Natural Earth 1:50m, public domain) through topojson-client. Run again only to change the region:
// `node scripts/basemap.mjs`. The map needs no tile server and works offline.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));

export const BBOX = { west: 34.2, east: 42.9, south: 31.2, north: 37.9 };
// ISO 3166 numeric ids (world-atlas keys countries by them) with the names shown on the map.
const COUNTRIES = {
  760: { ar: "سورية", en: "Syria" },
  792: { ar: "تركيا", en: "Turkey" },
  422: { ar: "لبنان", en: "Lebanon" },
  376: { ar: "إسرائيل", en: "Israel" },
  275: { ar: "فلسطين", en: "Palestine" },
  400: { ar: "الأردن", en: "Jordan" },
  368: { ar: "العراق", en: "Iraq" },
  196: { ar: "قبرص", en: "Cyprus" },
  682: { ar: "السعودية", en: "Saudi Arabia" },
  818: { ar: "مصر", en: "Egypt" },
};

const MARGIN = 1.5; // degrees kept outside the frame so coastlines and borders run off the edge cleanly
const inFrame = ([lon, lat]) => lon > BBOX.west - MARGIN && lon < BBOX.east + MARGIN && lat > BBOX.south - MARGIN && lat < BBOX.north + MARGIN;
const round = (n) => Math.round(n * 100) / 100;

function simplifyRing(ring) {
  if (!ring.some(inFrame)) return null;
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

const all = feature(topo, topo.objects.countries).features;
const features = all
  .filter((f) => COUNTRIES[Number(f.id)])
  .map((f) => {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polys
      .map((poly) => poly.map(simplifyRing))
      .filter((poly) => poly[0])
      .map((poly) => poly.filter(Boolean));
    return { type: "Feature", id: String(f.id), properties: { name: COUNTRIES[Number(f.id)] }, geometry: { type: "MultiPolygon", coordinates: kept } };
  })
  .filter((f) => f.geometry.coordinates.length > 0);

const out = { type: "FeatureCollection", bbox: [BBOX.west, BBOX.south, BBOX.east, BBOX.north], features };
writeFileSync(new URL("../src/map/basemap.json", import.meta.url), JSON.stringify(out));
console.log(`basemap.json: ${features.length} countries, ${JSON.stringify(out).length} bytes`);
