import { BASEMAP_URL } from "@/map/basemap-svg";
import { COUNTRY_LABELS, COUNTRY_PATHS, HEIGHT, inFrame, project, WIDTH } from "@/map/projection";
import type { Locale } from "@/i18n/routing";

export interface Pin {
  id: string;
  lat: number;
  lon: number;
  /** The accessible name of the pin's link: place and what happened there. */
  label: string;
  href?: string;
  /** A centroid stands for an area: drawn as a ring, not a dot. */
  area?: boolean;
  size?: number;
}

/**
 * Syria and its neighbours from a committed GeoJSON (no tile server, works offline). The outlines are
 * one static, cached SVG file shown as an image (/basemap.svg, src/map/basemap-svg.ts); the country
 * names and the pins are drawn over it in the page, in the page's language. Pins are real links, so
 * Tab reaches each one and Enter follows it; pins outside the frame are left to the caller to list in text.
 */
export function RegionMap({ pins, label, locale, className }: { pins: Pin[]; label: string; locale: Locale; className?: string }) {
  const shown = pins.filter((p) => inFrame(p.lon, p.lat));
  return (
    <div className={`region-map ${className ?? ""}`}>
      <img src={BASEMAP_URL} alt="" width={WIDTH} height={HEIGHT} className="region-map__base" loading="lazy" decoding="async" />
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="region-map__overlay" role="group" aria-label={label}>
        <g aria-hidden="true">
          {COUNTRY_PATHS.filter((c) => COUNTRY_LABELS[c.id]).map((c) => {
            const [x, y] = project(...COUNTRY_LABELS[c.id]!);
            return (
              <text key={c.id} x={x} y={y} className="region-map__label" textAnchor="middle">
                {c.name[locale]}
              </text>
            );
          })}
        </g>
        {shown.map((p) => {
          const [x, y] = project(p.lon, p.lat);
          const r = p.size ?? 11;
          const mark = p.area ? <circle cx={x} cy={y} r={r * 1.6} className="region-map__area" /> : <circle cx={x} cy={y} r={r} className="region-map__pin" />;
          return p.href ? (
            <a key={p.id} href={p.href} aria-label={p.label} className="region-map__link">
              {mark}
            </a>
          ) : (
            <g key={p.id} role="img" aria-label={p.label}>
              {mark}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
