import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTORS, ACTORS_BY_ID, matchActors, matchGazetteer, normalize, PLACES, PLACES_BY_ID, placeAncestors } from "../src/index";
import { tokenKey } from "../src/lexicon/matcher";

const annotation = JSON.parse(readFileSync(join(__dirname, "../../../seeds/000_068320e3f5882409.annotation.json"), "utf8")) as {
  places: Array<{ id: string; name: { ar: string; en?: string } }>;
  actors: Array<{ id: string; name: { ar: string; en?: string } }>;
};

describe("reviewed data", () => {
  it("reuses every place and actor of the seed annotation with its id and names", () => {
    for (const p of annotation.places) expect(PLACES_BY_ID.get(p.id)?.name).toEqual(p.name);
    for (const a of annotation.actors) expect(ACTORS_BY_ID.get(a.id)?.name).toEqual(a.name);
  });

  it("has the size the brief asks for, with an admin chain for every Syrian place", () => {
    const syrian = PLACES.filter((p) => p.country === "SY");
    expect(syrian.length).toBeGreaterThanOrEqual(60);
    expect(ACTORS.length).toBeGreaterThanOrEqual(50);
    for (const p of syrian) if (p.id !== "pl-syria") expect(placeAncestors(p.id).at(-1)).toBe("pl-syria");
    expect(placeAncestors("pl-darat-izza")).toEqual(["pl-rif-halab-gharbi", "pl-aleppo-gov", "pl-syria"]);
  });

  it("uses the coordinates given in ARABIC.md", () => {
    const expected: Record<string, [number, number]> = {
      "pl-darat-izza": [36.2828, 36.8519],
      "pl-khan-shaykhun": [35.4419, 36.6508],
      "pl-fuah": [35.9817, 36.7017],
      "pl-kafriya": [35.9897, 36.6775],
      "pl-zabadani": [33.725, 36.0972],
      "pl-madaya": [33.6878, 36.1008],
      "pl-aleppo": [36.217, 37.167],
      "pl-atarib": [36.139, 36.83],
      "pl-urum-al-kubra": [36.149, 36.95],
      "pl-shayrat": [34.494, 36.911],
      "pl-damascus": [33.513, 36.292],
    };
    for (const [id, [lat, lon]] of Object.entries(expected)) expect(PLACES_BY_ID.get(id)?.point).toEqual({ lat, lon });
  });

  it("marks region-level places as centroids", () => {
    for (const id of ["pl-rif-halab-gharbi", "pl-rif-dimashq", "pl-eastern-ghouta", "pl-idlib-gov"]) expect(PLACES_BY_ID.get(id)?.pointIsCentroid).toBe(true);
  });

  it("gives no name form to two places, except where the ambiguity is intended", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of PLACES)
      for (const n of new Set([p.name.ar, ...p.variants].map((x) => normalize(x).split(" ").map(tokenKey).join(" ")))) {
        if (owner.has(n) && owner.get(n) !== p.id) clashes.push(`${n}: ${owner.get(n)} / ${p.id}`);
        owner.set(n, p.id);
      }
    expect(clashes).toEqual([]);
  });
});

const places = (text: string) => matchGazetteer(text).map((m) => [m.id, m.words]);
const actors = (text: string) => matchActors(text).map((m) => [m.id, m.words]);

describe("matchGazetteer", () => {
  it("finds places behind clitics, with spans that leave the clitic out", () => {
    expect(places("غارات بريف حلب الغربي وكفريا والفوعة ولمضايا")).toEqual([
      ["pl-rif-halab-gharbi", "ريف حلب الغربي"],
      ["pl-kafriya", "كفريا"],
      ["pl-fuah", "الفوعة"],
      ["pl-madaya", "مضايا"],
    ]);
  });
  it("matches spelling variants through the normalizer: hamza, teh marbuta, harakat", () => {
    expect(places("في ادلب وفي دارة عزّة وفي سوريا")).toEqual([
      ["pl-idlib-gov", "ادلب"],
      ["pl-darat-izza", "دارة عزّة"],
      ["pl-syria", "سوريا"],
    ]);
  });
  it("matches English and transliterated names in Latin text, longest first", () => {
    expect(places("Strikes hit Khan Sheikhoun, Darat Azza and al-Fu'ah near Kefraya; Zabadani too.")).toEqual([
      ["pl-khan-shaykhun", "Khan Sheikhoun"],
      ["pl-darat-izza", "Darat Azza"],
      ["pl-fuah", "al-Fu'ah"],
      ["pl-kafriya", "Kefraya"],
      ["pl-zabadani", "Zabadani"],
    ]);
  });
  it("names two places with one coordinated span", () => {
    expect(places("في ريفي حلب الشمالي والغربي")).toEqual([
      ["pl-rif-halab-shamali", "ريفي حلب الشمالي والغربي"],
      ["pl-rif-halab-gharbi", "ريفي حلب الشمالي والغربي"],
    ]);
  });
  it("prefers the longest name (region over city) and records the designator", () => {
    const [m] = matchGazetteer("في مدينة دارة عزة");
    expect(m).toMatchObject({ id: "pl-darat-izza", designator: "مدينة" });
    expect(places("ريف دمشق")).toEqual([["pl-rif-dimashq", "ريف دمشق"]]);
  });
  it("needs context for names that are common words", () => {
    expect(places("فتح الباب أمام المفاوضات")).toEqual([]);
    expect(places("سيطرت على مدينة الباب")).toEqual([["pl-al-bab", "الباب"]]);
    expect(places("قصف في تدمر")).toEqual([["pl-palmyra", "تدمر"]]);
  });
});

describe("matchActors", () => {
  it("finds names and variants with clitics, longest first", () => {
    // «لل» is the preposition ل on the article ال, whose alef is not written: the span keeps the article's lam.
    expect(actors("وقالت الخارجية الروسية وللمعارضة السورية المسلحة")).toEqual([
      ["act-ru-mfa", "الخارجية الروسية"],
      ["act-sy-opposition", "لمعارضة السورية المسلحة"],
    ]);
  });
  it("reads a capital as the state only outside locative context", () => {
    expect(actors("اقتراحا لموسكو وطهران")).toEqual([
      ["act-ru", "موسكو"],
      ["act-iran", "طهران"],
    ]);
    expect(actors("هجوم شرق دمشق")).toEqual([]);
    expect(actors("استخدام دمشق الأسلحة المحرمة")).toEqual([["act-sy-gov", "دمشق"]]);
  });
  it("matches spelling variants and Latin names", () => {
    expect(actors("سيرغي لافروف وSergei Lavrov والمليشيات الإيرانية")).toEqual([
      ["act-lavrov", "سيرغي لافروف"],
      ["act-lavrov", "Sergei Lavrov"],
      ["act-iran-militias", "المليشيات الإيرانية"],
    ]);
  });
  it("marks nisba adjectives as weak and can leave them out", () => {
    const [m] = matchActors("نظيره الروسي");
    expect(m).toMatchObject({ id: "act-ru", via: "adjective" });
    expect(m!.confidence).toBeLessThan(0.5);
    expect(matchActors("نظيره الروسي", { adjectives: false })).toEqual([]);
  });
});
