// Spelling variants that the letter folds cannot reach. Applied to normalized tokens when building
// search keys and lexicon keys, so «الكيميائية» finds «الكيماوية». Each row says why it exists.
import { normalize } from "./normalize";

/** Substring rewrites inside a token: [variant, preferred, why]. Written in ordinary spelling, normalized at load. */
const SUBSTRING_VARIANTS: ReadonlyArray<readonly [string, string, string]> = [
  ["كيميائي", "كيماوي", "chemical: الكيميائية / الكيماوية"],
  ["كيمياوي", "كيماوي", "chemical: الكيمياوية (Levantine press)"],
  ["كيمائي", "كيماوي", "chemical: frequent misspelling الكيمائية"],
  ["أميركي", "أمريكي", "American: الأميركية / الأمريكية / الامريكية"],
  ["ميليشي", "مليشي", "militia: الميليشيات / المليشيات"],
  ["سيرغي", "سيرجي", "Sergei: سيرغي / سيرجي (g as غ or ج)"],
];

/** Whole-token equivalences (after the article): month names across the three families, country spellings. */
const TOKEN_VARIANTS: ReadonlyArray<readonly [string[], string, string]> = [
  [["إبريل", "أفريل", "نيسان"], "أبريل", "April across families (ابريل/إبريل fold already)"],
  [["أيار", "ماي"], "مايو", "May"],
  [["جانفي"], "يناير", "January (two-word كانون الثاني is handled by the date parser)"],
  [["فيفري", "شباط"], "فبراير", "February"],
  [["آذار"], "مارس", "March"],
  [["حزيران", "جوان", "يونية"], "يونيو", "June"],
  [["تموز", "جويلية", "يولية", "يوليوز"], "يوليو", "July"],
  [["أوت", "غشت"], "أغسطس", "August (آب is left out: it is also «father»)"],
  [["أيلول", "شتنبر"], "سبتمبر", "September"],
  [["نونبر"], "نوفمبر", "November"],
  [["دجنبر"], "ديسمبر", "December"],
  [["سورية"], "سوريا", "Syria: سورية / سوريا"],
  [["أوربا"], "أوروبا", "Europe"],
];

const substringRules = SUBSTRING_VARIANTS.map(([from, to]) => [normalize(from), normalize(to)] as const);
const tokenRules = new Map<string, string>();
for (const [forms, preferred] of TOKEN_VARIANTS) for (const f of forms) tokenRules.set(normalize(f), normalize(preferred));

/** Articles and clitics that may precede a whole-token variant: «والسورية» -> «وال» + «سوريه». */
const LEADS = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", ""];

const cache = new Map<string, string>();

/** The preferred spelling of a normalized token (identity when no rule applies); memoized. */
export function foldVariants(norm: string): string {
  let folded = cache.get(norm);
  if (folded === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(norm, (folded = computeVariants(norm)));
  }
  return folded;
}

function computeVariants(norm: string): string {
  let w = norm;
  for (const [from, to] of substringRules) if (w.includes(from)) w = w.split(from).join(to);
  for (const lead of LEADS) {
    if (!w.startsWith(lead)) continue;
    const rest = w.slice(lead.length);
    const preferred = tokenRules.get(rest);
    if (preferred !== undefined) return lead + preferred;
  }
  return w;
}

/** The table as data, for the README and the tests. */
export const VARIANT_TABLE = { substrings: SUBSTRING_VARIANTS, tokens: TOKEN_VARIANTS };
