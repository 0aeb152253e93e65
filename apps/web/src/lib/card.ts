import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { decompress } from "wawoff2";

/**
 * Share cards (og:image) drawn on the server: an SVG laid out here, rasterised by resvg, whose text engine
 * shapes Arabic and orders right-to-left runs (satori, behind next/og, lays Arabic words out left to right).
 * The reader's own fonts are woff2; resvg reads TrueType files, so each is decompressed once per process
 * into a temporary folder.
 */
const FONT_FILES = ["ibm-plex-sans-arabic-600-arabic", "ibm-plex-sans-arabic-600-latin", "ibm-plex-sans-arabic-400-arabic", "ibm-plex-sans-arabic-400-latin"];
let fonts: Promise<string[]> | undefined;
function loadFonts(): Promise<string[]> {
  fonts ??= (async () => {
    const dir = path.join(tmpdir(), `waqai-card-fonts-${process.pid}`);
    await mkdir(dir, { recursive: true });
    return Promise.all(
      FONT_FILES.map(async (f) => {
        const file = path.join(dir, `${f}.ttf`);
        await writeFile(file, await decompress(await readFile(path.join(process.cwd(), "src", "fonts", `${f}.woff2`))));
        return file;
      }),
    );
  })();
  return fonts;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Greedy word wrap by character count: the card's widths are fixed and a title's length is what varies. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, "")} …`;
    return kept;
  }
  return lines;
}

export interface Card {
  lang: "ar" | "en";
  kicker: string;
  title: string;
  lines: string[];
  site: string;
}

/** 1200×630 PNG: the kicker (type of record), the title wrapped on up to three lines, a few facts, the site's name. */
export async function renderCard(card: Card): Promise<Buffer> {
  const rtl = card.lang === "ar";
  const x = rtl ? 1130 : 70;
  const anchor = rtl ? "end" : "start";
  const title = wrap(card.title, rtl ? 34 : 40, 3);
  const text = (y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family="IBM Plex Sans Arabic" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${esc(s)}</text>`;
  let y = 130;
  const parts = [
    `<rect width="1200" height="630" fill="#f7f3ea"/>`,
    `<rect x="${rtl ? 1160 : 0}" y="0" width="40" height="630" fill="#7a2e1d"/>`,
    text(y, 30, 600, "#7a2e1d", card.kicker),
  ];
  y += 80;
  for (const l of title) {
    parts.push(text(y, 58, 600, "#1d1b18", l));
    y += 74;
  }
  y += 20;
  for (const l of card.lines.slice(0, 3)) {
    parts.push(text(y, 32, 400, "#4a453d", l));
    y += 48;
  }
  parts.push(text(580, 30, 600, "#4a453d", card.site));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">${parts.join("")}</svg>`;
  const r = new Resvg(svg, { font: { fontFiles: await loadFonts(), loadSystemFonts: false, defaultFontFamily: "IBM Plex Sans Arabic" } });
  return r.render().asPng();
}
