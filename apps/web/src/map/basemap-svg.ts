import "server-only";
import { createHash } from "node:crypto";
import { COUNTRY_PATHS, HEIGHT, WIDTH } from "./projection";

/**
 * The base map (sea, land, Syria, borders) as one static SVG file, served at /basemap.svg and shown
 * with <img>: cached by the browser once for every page with a map, instead of ~25 KB of path data
 * inlined (twice: as HTML and as React's payload) into each of them. Colours are attributes because
 * the page's stylesheet does not reach into an image. Names and pins stay in the page (RegionMap).
 */
export const BASEMAP_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">` +
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="#e6eef2"/>` +
  COUNTRY_PATHS.map((c) =>
    c.id === "760"
      ? `<path d="${c.d}" fill="#fffdf7" stroke="#55514a" stroke-width="2.5"/>`
      : `<path d="${c.d}" fill="#f3f0e8" stroke="#a59f92" stroke-width="1.5"/>`,
  ).join("") +
  `</svg>`;

/** The file's URL, versioned by its content so it can be cached for good. */
export const BASEMAP_URL = `/basemap.svg?v=${createHash("sha256").update(BASEMAP_SVG).digest("hex").slice(0, 10)}`;
