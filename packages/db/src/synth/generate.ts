import { EVENT_TYPES, type EventType } from "@waqai/schema";
import { ACTOR_STEMS, ACTOR_TAILS, REGIONS, SUFFIXES, SYLLABLES, VAGUE, VERBS } from "./words";

/** mulberry32: small, fast, deterministic; the same seed gives the same dataset on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1]![0];
    },
  };
}
export type Rng = ReturnType<typeof rng>;

/** Roughly the mix of a Syrian conflict-event dataset: remote violence dominates, diplomacy is rare. */
export const TYPE_WEIGHTS: readonly (readonly [EventType, number])[] = [
  ["air_strike", 30],
  ["shelling", 22],
  ["armed_clash", 14],
  ["ground_attack", 10],
  ["evacuation", 4],
  ["agreement", 3],
  ["release", 3],
  ["statement", 4],
  ["phone_call", 2],
  ["meeting", 2],
  ["investigation", 1.5],
  ["vote", 1],
  ["veto", 0.5],
  ["chemical_attack", 0.5],
  ["other", 2.5],
  ["missile_strike", 3],
  ["bombing", 3],
  ["suicide_bombing", 1],
  ["visit", 0.5],
  ["talks", 0.5],
  ["session", 0.5],
  ["mission", 0.3],
];
if (TYPE_WEIGHTS.length !== EVENT_TYPES.length) throw new Error("every event type needs a synthetic weight");

export function placeName(r: Rng): string {
  const first = r.pick(SYLLABLES) + r.pick(SUFFIXES);
  return r.next() < 0.45 ? `${r.pick(SYLLABLES)} ${first}` : first;
}

export interface SynthPlace {
  id: string;
  nameAr: string;
  nameEn: string;
  feature: "town" | "village" | "city" | "region";
  lat: number;
  lon: number;
  pointIsCentroid: boolean;
  parentId: string | null;
  /** All synthetic places lie in Syria's bounding box. */
  country: "SY";
  status: "published";
}

/** Regions first (parents), then settlements scattered over Syria's bounding box, skewed to the north-west. */
export function synthPlaces(r: Rng, count: number): SynthPlace[] {
  const regions: SynthPlace[] = REGIONS.map((name, i) => ({
    id: `syn-pl-r${i}`,
    nameAr: name,
    nameEn: `Region ${i}`,
    feature: "region",
    lat: 33 + r.next() * 4,
    lon: 36 + r.next() * 4,
    pointIsCentroid: true,
    parentId: null,
    country: "SY",
    status: "published",
  }));
  const towns: SynthPlace[] = [];
  for (let i = 0; i < count; i++) {
    const nw = r.next() < 0.6;
    towns.push({
      id: `syn-pl-${i}`,
      nameAr: placeName(r),
      nameEn: `Place ${i}`,
      feature: r.weighted([
        ["village", 6],
        ["town", 3],
        ["city", 1],
      ] as const),
      lat: nw ? 35.5 + r.next() * 1.2 : 32.5 + r.next() * 4.5,
      lon: nw ? 36.2 + r.next() * 1.2 : 35.8 + r.next() * 6,
      pointIsCentroid: false,
      parentId: r.pick(regions).id,
      country: "SY",
      status: "published",
    });
  }
  return [...regions, ...towns];
}

export function synthActors(r: Rng, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `syn-act-${i}`,
    nameAr: `${r.pick(ACTOR_STEMS)} ${r.pick(ACTOR_TAILS)}${i % 7 === 0 ? "" : ` ${r.pick(SYLLABLES)}`}`,
    nameEn: `Actor ${i}`,
    kind: r.weighted([
      ["armed_group", 5],
      ["militia", 2],
      ["armed_forces", 1],
      ["government_body", 1],
      ["unnamed_source", 1],
    ] as const),
    status: "published" as const,
  }));
}

/** A date between 2011-03 and 2024-12 with more weight on 2013-2017, as Syrian event data has. */
export function synthDate(r: Rng): { start: string; precision: "day" | "week" | "month" } {
  const year = r.weighted([
    [2011, 3],
    [2012, 8],
    [2013, 12],
    [2014, 12],
    [2015, 13],
    [2016, 14],
    [2017, 12],
    [2018, 9],
    [2019, 6],
    [2020, 4],
    [2021, 2],
    [2022, 2],
    [2023, 2],
    [2024, 1],
  ] as const);
  const month = String(r.int(1, 12)).padStart(2, "0");
  const day = String(r.int(1, 28)).padStart(2, "0");
  const precision = r.weighted([
    ["day", 90],
    ["week", 6],
    ["month", 4],
  ] as const);
  return { start: precision === "month" ? `${year}-${month}` : `${year}-${month}-${day}`, precision };
}

/** One news-like sentence for an event: verb phrase + place + region, with an optional figure. */
export function synthSentence(r: Rng, type: EventType, place: string, region: string, figure?: { words: string; vague: boolean }): string {
  const verb = r.pick(VERBS[type] ?? VERBS.other!);
  const tail = figure ? `، ما أسفر عن سقوط ${figure.words} ${figure.vague ? "" : "من "}القتلى والجرحى` : "";
  return `${verb} بلدة ${place} في ${region}${tail}.`;
}

export function synthFigure(r: Rng): { words: string; vague: boolean; low?: number; best?: number; high?: number; convention?: string } {
  if (r.next() < 0.35) {
    const v = r.pick(VAGUE);
    return { words: v.words, vague: true, low: v.low, convention: v.convention };
  }
  const n = r.weighted([
    [r.int(1, 5), 6],
    [r.int(6, 20), 3],
    [r.int(21, 120), 1],
  ] as const);
  return { words: String(n), vague: false, best: n, low: n, high: n };
}
