// Gold events for the benchmark: the curated seed annotation, mapped to a common shape, and the
// package's own gold articles (gold/<name>.txt + <name>.gold.json).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SeedAnnotation } from "@waqai/schema";
import type { EventType } from "@waqai/schema";

export interface GoldFigure {
  kind: string;
  value?: number;
  words: string;
}

export interface GoldEvent {
  id: string;
  type: EventType;
  /** Spans a predicted trigger may overlap: the trigger and every evidence quote. */
  spans: Array<{ start: number; end: number }>;
  place?: string;
  /** Real articles name the place instead of an id (the gazetteer may not hold it): any of these names matches. */
  placeNames?: string[];
  date?: { start?: string; end?: string };
  figures: GoldFigure[];
  modality?: string;
}

export interface GoldArticle {
  name: string;
  style: string;
  heldOut: boolean;
  /** dev: tuned on; held-out: read but never tuned on; held-out-late: written after tuning, gold frozen before the first run. */
  split: "seed" | "dev" | "held-out" | "held-out-late" | "real-tune" | "real-final";
  /** "seed" for the curated annotation, "own" for the package's gold articles, "real" for the manifest's news reports. */
  source: "seed" | "own" | "real";
  text: string;
  publication: { date?: string; precision?: string };
  events: GoldEvent[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = join(here, "..");
export const SEED_DIR = join(PACKAGE_DIR, "..", "..", "seeds");

/** The seed: evidence and heading citations of each event are its spans; quantities are its figures. */
export function loadSeed(name = "000_068320e3f5882409"): GoldArticle {
  const text = readFileSync(join(SEED_DIR, `${name}.txt`), "utf8");
  const annotation = SeedAnnotation.parse(JSON.parse(readFileSync(join(SEED_DIR, `${name}.annotation.json`), "utf8")));
  const events = annotation.events.map((e): GoldEvent => {
    const spans = annotation.citations
      .filter((c) => c.target.kind === "event" && c.target.id === e.id && (c.role === "evidence" || c.role === "heading"))
      .map((c) => ({ start: c.start, end: c.end }));
    const date = e.time.precision === "unknown" ? undefined : { start: e.time.start, end: e.time.end };
    return {
      id: e.id,
      type: e.type,
      spans,
      ...(e.placeId ? { place: e.placeId } : {}),
      ...(date ? { date } : {}),
      figures: e.quantities.map((q) => ({ kind: q.kind, value: q.best ?? q.low, words: q.words })),
    };
  });
  const published = annotation.document.published;
  return {
    name: `seed ${name}`,
    style: "the one real article",
    heldOut: false,
    split: "seed",
    source: "seed",
    text,
    publication: { date: published.date, precision: published.precision },
    events,
  };
}

interface GoldFileEvent {
  type: EventType;
  trigger: string;
  occurrence?: number;
  evidence?: string[];
  place: string | null;
  date: { start?: string; end?: string } | null;
  figures: GoldFigure[];
}

function spanOf(text: string, quote: string, occurrence = 1, where = ""): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`${where}: quote not found: «${quote}»`);
  return { start: at, end: at + quote.length };
}

export function loadOwnGold(dir = join(PACKAGE_DIR, "gold")): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.gold\.json$/u, "");
      const text = readFileSync(join(dir, `${name}.txt`), "utf8");
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        style: string;
        split: GoldArticle["split"];
        heldOut: boolean;
        publication: GoldArticle["publication"];
        events: GoldFileEvent[];
      };
      const events = gold.events.map((e, k): GoldEvent => {
        for (const f of e.figures) if (!text.includes(f.words)) throw new Error(`${name}: figure words not found: «${f.words}»`);
        return {
          id: `${name}#${k + 1}`,
          type: e.type,
          spans: [spanOf(text, e.trigger, e.occurrence, name), ...(e.evidence ?? []).map((q) => spanOf(text, q, 1, name))],
          ...(e.place ? { place: e.place } : {}),
          ...(e.date ? { date: e.date } : {}),
          figures: e.figures,
        };
      });
      return { name, style: gold.style, heldOut: gold.heldOut, split: gold.split, source: "own" as const, text, publication: gold.publication, events };
    });
}

// Real news reports (bench/real/manifest.json): the gold is committed, the texts are not (third-party
// text); bench/real/fill.ts copies them into bench/real/texts/ from where they were saved.
export const REAL_DIR = join(PACKAGE_DIR, "bench", "real");
export const TEXTS_DIR = join(REAL_DIR, "texts");

interface ManifestEvent extends Omit<GoldFileEvent, "place"> {
  place: string | null;
  placeAlt?: string[];
  actors?: string[];
  modality?: string;
}

export interface ManifestArticle {
  id: string;
  url: string;
  outlet: string;
  country: string;
  published: { date: string; how: string; reason: string };
  sha256: string;
  chars: number;
  split: "tune" | "final";
  events: ManifestEvent[];
}

export function readManifest(): { articles: ManifestArticle[] } {
  return JSON.parse(readFileSync(join(REAL_DIR, "manifest.json"), "utf8")) as { articles: ManifestArticle[] };
}

/** The real articles whose text is present and unaltered, and the ids of those that are not. */
export function loadRealGold(): { articles: GoldArticle[]; missing: string[] } {
  const articles: GoldArticle[] = [];
  const missing: string[] = [];
  for (const a of readManifest().articles) {
    const file = join(TEXTS_DIR, `${a.id}.txt`);
    const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (text === undefined || createHash("sha256").update(text).digest("hex") !== a.sha256) {
      missing.push(a.id);
      continue;
    }
    const events = a.events.map((e, k): GoldEvent => {
      for (const f of e.figures) if (!text.includes(f.words)) throw new Error(`${a.id}: figure words not found: «${f.words}»`);
      return {
        id: `${a.id}#${k + 1}`,
        type: e.type,
        spans: [spanOf(text, e.trigger, e.occurrence, a.id), ...(e.evidence ?? []).map((q) => spanOf(text, q, 1, a.id))],
        ...(e.place ? { placeNames: [e.place, ...(e.placeAlt ?? [])] } : {}),
        ...(e.date ? { date: e.date } : {}),
        figures: e.figures,
        ...(e.modality ? { modality: e.modality } : {}),
      };
    });
    articles.push({
      name: a.id,
      style: `${a.outlet} (${a.country})`,
      heldOut: a.split === "final",
      split: a.split === "final" ? "real-final" : "real-tune",
      source: "real",
      text,
      publication: { date: a.published.date, precision: "day" },
      events,
    });
  }
  return { articles, missing };
}
