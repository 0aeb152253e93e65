// Place mentions: gazetteer names found in text with canonical spans, including coordinated
// regions («ريفي حلب الشمالي والغربي» names two places) and Latin transliterations.
import { cliticForms, isAdjectiveLike, PARTICLES, stripConjunction } from "../text/function-words";
import { normalize } from "../text/normalize";
import { tokenIndexAt, tokenize, type Token } from "../text/tokens";
import { isImportedPlace, PLACE_NAMES_NEEDING_CONTEXT, PLACE_NAMES_NEEDING_DESIGNATOR, placeProminence, PLACES, PLACES_BY_ID } from "./data";
import { NameTrie, offsetAfterLetters, scanNames, tokenKey, type LexiconMention } from "./matcher";

export interface PlaceMention extends LexiconMention {
  /** The designator before the name («مدينة», «بلدة»), when there is one. */
  designator?: string;
  /** Part of a coordination that names several places with one span. */
  coordinated?: boolean;
}

const trie = new NameTrie();
for (const p of PLACES) {
  trie.add({ id: p.id, surface: p.name.ar, via: "name" });
  if (p.name.en) trie.add({ id: p.id, surface: p.name.en, via: "name" });
  for (const v of p.variants) trie.add({ id: p.id, surface: v, via: "variant" });
}

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));
const DESIGNATORS = words(
  "مدينة مدينتي بلدة بلدتي بلدات مدن قرية قريتي قرى مخيم حي أحياء منطقة محافظة ناحية قضاء مديرية مطار معبر قاعدة العاصمة town city village",
);
const CITY_DESIGNATORS = words("مدينة مدينتي بلدة بلدتي بلدات مدن قرية قريتي قرى city town village");
const LOCATIVES = words("في من إلى الى على قرب نحو باتجاه محيط أطراف مشارف داخل عند فوق وسط ضواحي شرق غرب شمال جنوب شرقي غربي شمالي جنوبي بين in near from to");
const NEEDS_CONTEXT = new Set(PLACE_NAMES_NEEDING_CONTEXT.map(normalize));
const NEEDS_DESIGNATOR = new Set(PLACE_NAMES_NEEDING_DESIGNATOR.map(normalize));
/** Country names spelled like a feminine nisba adjective. */
const NISBA_NAMES = new Set(["سورية"].map(normalize));
const inLocative = (ts: Token[], i: number, clitic: string) =>
  clitic.endsWith("ب") || hasWord(previousWord(ts, i), LOCATIVES) || hasWord(previousWord(ts, i), DESIGNATORS);
const DIRECTIONS = words("الشمالي الغربي الجنوبي الشرقي");

const previousWord = (tokens: Token[], i: number): Token | undefined => {
  const t = tokens[i - 1];
  return t && t.kind !== "punct" ? t : undefined;
};
const hasWord = (t: Token | undefined, set: Set<string>) => !!t && cliticForms(t.norm).some((f) => set.has(f));

/** True when the word before token i (or a ب clitic on it) makes a name a location: «في روسيا», «بسورية». */
export function inLocativeContext(tokens: Token[], i: number, clitic = ""): boolean {
  return clitic.endsWith("ب") || hasWord(previousWord(tokens, i), LOCATIVES) || hasWord(previousWord(tokens, i), DESIGNATORS);
}

/** Place mentions, longest first, left to right. */
export function matchGazetteer(text: string, tokens: Token[] = tokenize(text)): PlaceMention[] {
  const mentions: PlaceMention[] = scanNames(
    text,
    trie,
    {
      accept: ({ names, tokens: ts, i, endToken, clitic }) => {
        const prev = previousWord(ts, i);
        const surfaceKey = normalize(
          ts
            .slice(i, endToken + 1)
            .map((t) => t.text)
            .join(" "),
        ).slice(clitic.length);
        const inContext = clitic !== "" || hasWord(prev, DESIGNATORS) || hasWord(prev, LOCATIVES);
        if (NEEDS_CONTEXT.has(surfaceKey) && !inContext) return undefined;
        // «سورية» is also «Syrian» (feminine): after another adjective or a plural noun («طائرات حربية روسية
        // وسورية», «قوات سورية») it describes, outside locative context.
        if (NISBA_NAMES.has(surfaceKey) && !inLocative(ts, i, clitic) && prev && /(يه|ات|ين|ون)$/u.test(stripConjunction(prev.norm))) return undefined;
        // Imported places: the smaller ones only in locative context, ordinary words only after a designator.
        const usable = names.filter((n) => {
          if (!isImportedPlace(n.id)) return true;
          if (NEEDS_DESIGNATOR.has(surfaceKey)) return hasWord(prev, DESIGNATORS);
          return inContext || placeProminence(n.id).tier >= 2;
        });
        if (!usable.length) return undefined;
        // A city designator prefers the settlement over a same-named governorate; then the more prominent place.
        const ranked = [...usable].sort((a, b) => {
          const score = (id: string) => {
            const f = PLACES_BY_ID.get(id)!.feature;
            const settlement = f === "city" || f === "town" || f === "village";
            return hasWord(prev, CITY_DESIGNATORS) && settlement ? 1 : 0;
          };
          const pa = placeProminence(a.id);
          const pb = placeProminence(b.id);
          return score(b.id) - score(a.id) || pb.tier - pa.tier || pb.population - pa.population;
        });
        const best = ranked[0]!;
        const others = ranked.slice(1).map((n) => n.id);
        return { name: best, confidence: best.via === "name" ? 0.95 : 0.85, ...(others.length ? { others } : {}) };
      },
    },
    tokens,
  );
  preferDocumentCountry(mentions);
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const ti = tokenIndexAt(tokens, m.start);
    const prev = previousWord(tokens, ti);
    const withDesignator: PlaceMention = hasWord(prev, DESIGNATORS) ? { ...m, designator: prev!.text } : m;
    out.push(withDesignator, ...coordinated(text, tokens, withDesignator));
  }
  return out;
}

/**
 * Two places of one name in different countries («طرابلس» in Libya and in Lebanon): the one whose
 * country the rest of the document names more often, among those as prominent as the first choice.
 */
function preferDocumentCountry(mentions: LexiconMention[]): void {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (m.alternatives?.length) continue;
    const country = PLACES_BY_ID.get(m.id)?.country;
    if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  for (const m of mentions) {
    if (!m.alternatives?.length) continue;
    const tier = placeProminence(m.id).tier;
    const pool = [m.id, ...m.alternatives].filter((id) => placeProminence(id).tier === tier);
    const vote = (id: string) => votes.get(PLACES_BY_ID.get(id)?.country ?? "") ?? 0;
    const best = pool.reduce((a, b) => (vote(b) > vote(a) ? b : a));
    if (best !== m.id) [m.id, m.alternatives] = [best, [m.id, ...m.alternatives.filter((x) => x !== best)]];
  }
}

/** «ريفي حلب الشمالي والغربي»: the same name with the last direction swapped names a second place. */
function coordinated(text: string, tokens: Token[], m: PlaceMention): PlaceMention[] {
  const inSpan: Token[] = [];
  for (let k = tokenIndexAt(tokens, m.start); k < tokens.length && tokens[k]!.end <= m.end; k++) if (tokens[k]!.start >= m.start) inSpan.push(tokens[k]!);
  const last = inSpan[inSpan.length - 1];
  const ti = last ? tokenIndexAt(tokens, last.start) : -1;
  const next = tokens[ti + 1];
  if (!last || !next || !DIRECTIONS.has(last.norm) || !next.norm.startsWith("و")) return [];
  const second = next.norm.slice(1);
  if (!DIRECTIONS.has(second) || second === last.norm) return [];
  const firstKey = cliticForms(inSpan[0]!.norm).map(tokenKey);
  const rest = inSpan.slice(1, -1).map((t) => tokenKey(t.norm));
  for (const k of firstKey) {
    const names = trie.lookup([k, ...rest, tokenKey(second)]);
    if (names.length === 0) continue;
    const end = next.end;
    m.end = end;
    m.words = text.slice(m.start, end);
    m.coordinated = true;
    return [{ ...m, id: names[0]!.id, form: names[0]!.surface, via: names[0]!.via, coordinated: true, alternatives: undefined }];
  }
  return [];
}

/** Designators that name a settlement or a part of one; what follows is a place even when the gazetteer lacks it. */
const PROPOSAL_DESIGNATORS = words("حي منطقة بلدة قرية مدينة مخيم معسكر ساحة ناحية قضاء مديرية");
/** Plural and dual designators name several places: «بلدات الأشعري والشيفونية», «قريتي الفوعة وكفريا». */
const PLURAL_DESIGNATORS = words("بلدات قرى أحياء مناطق مدن بلدتي قريتي مدينتي حيي منطقتي مخيمات");
const STOPS = words(
  "اليوم أمس الأمس البارحة صباح مساء فجر ظهر ليل ليلة الليلة غدا أثناء خلال عندما حيث شرق غرب شمال جنوب شرقي غربي شمالي جنوبي شرقى غربى شمالى جنوبى وسط قرب بالقرب ضمن التابع التابعة المحاذية الواقع الواقعة المحرر المحررة",
);
const NISBA = words(
  "اليمنية السورية العراقية الليبية السعودية الإماراتية اللبنانية المصرية التركية الإيرانية الروسية الأمريكية الأردنية الكويتية اليمني السوري العراقي الليبي مركز",
);
/** Common nouns of places that follow a plural designator without naming one («أحياء سكنية وسوق»). */
const GENERIC_PLACES = words("سوق السوق مدرسة مستشفى مسجد منازل مبان مباني مناطق أسواق مخيمات مدارس محيط");
const QUOTES = new Set(['"', "«", "»", "“", "”", "'"]);

/**
 * Unknown places: a name after a designator («في منطقة "الحسينية"», «حي الأمين الثانية») that no
 * gazetteer mention covers. Proposed with id `new:<normalized name>` for an editor to create — never
 * replaced by a known place.
 */
export function proposePlaces(text: string, tokens: Token[], known: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const covered = (t: Token) => known.some((k) => t.start < k.end && k.start < t.end);
  for (let i = 0; i < tokens.length; i++) {
    const d = tokens[i]!;
    const plural = hasWord(d, PLURAL_DESIGNATORS);
    if (d.kind !== "word" || !(plural || hasWord(d, PROPOSAL_DESIGNATORS)) || covered(d)) continue;
    let j = i + 1;
    // A designator may be followed by another («منطقة حي الأمين») or by an opening quote.
    while (tokens[j] && (QUOTES.has(tokens[j]!.text) || (tokens[j]!.kind === "word" && PROPOSAL_DESIGNATORS.has(tokens[j]!.norm)))) j++;
    const first = j;
    while (
      j < tokens.length &&
      j < first + 3 &&
      tokens[j]!.kind === "word" &&
      !PARTICLES.has(tokens[j]!.norm) &&
      !STOPS.has(tokens[j]!.norm) &&
      !covered(tokens[j]!) &&
      !(j > first && tokens[j]!.norm.startsWith("و")) &&
      !(j > first && /^(ب|ل|ك)/u.test(tokens[j]!.norm)) &&
      // After a definite first word only adjectives follow («الأمين الثانية»), and no nisba of a country («عدن اليمنية»).
      !(j > first && tokens[first]!.norm.startsWith("ال") && !tokens[j]!.norm.startsWith("ال")) &&
      !(j > first && NISBA.has(tokens[j]!.norm))
    )
      j++;
    if (j === first) continue;
    const start = tokens[first]!.start;
    const end = tokens[j - 1]!.end;
    const words = text.slice(start, end);
    // Generic nouns after a designator («منطقة أخرى», «المدينة نفسها») are no names; nor an adjective («أحياء سكنية»).
    if (/^(اخر|نفس|ذات|كل|بعض|عدد|هذه|هذا|التي|الذي)/u.test(normalize(words))) continue;
    if (plural && (isAdjectiveLike(tokens[first]!.norm) || GENERIC_PLACES.has(tokens[first]!.norm))) continue;
    out.push({
      id: `new:${normalize(words)}`,
      start,
      end,
      words,
      form: words,
      via: "name",
      confidence: 0.5,
      designator: d.text,
      // «وقرية البارة»: a designator with «و» adds a place to a list, as a plural one does.
      ...(plural || d.norm.startsWith("و") ? { coordinated: true } : {}),
    });
    i = j - 1;
    // After a plural designator, «و» + a name is the next place of the list.
    while (plural && tokens[i + 1]?.kind === "word" && tokens[i + 1]!.norm.startsWith("و") && tokens[i + 1]!.norm.length > 3 && !covered(tokens[i + 1]!)) {
      const t = tokens[i + 1]!;
      const bare = t.norm.slice(1);
      if (PARTICLES.has(bare) || STOPS.has(bare) || PROPOSAL_DESIGNATORS.has(bare) || PLURAL_DESIGNATORS.has(bare)) break;
      if (isAdjectiveLike(bare) || GENERIC_PLACES.has(bare)) break;
      const from = offsetAfterLetters(t, 1);
      const w = text.slice(from, t.end);
      out.push({ id: `new:${normalize(w)}`, start: from, end: t.end, words: w, form: w, via: "name", confidence: 0.5, designator: d.text, coordinated: true });
      i++;
    }
  }
  return out;
}
