// Figures as written: a number (digits or words) or a vague word, what it counts, and whether the
// text says killed, injured, released... A vague word keeps its words; a number given for it names
// the convention (ACLED: «عشرات» = 12, «مئات» = 100 as the lowest figure).
import type { Token } from "../text/tokens";
import { numberAt } from "../text/numbers";
import { normalize } from "../text/normalize";
import { cliticForms, PARTICLES } from "../text/function-words";
import { alternativeKey, tokenKeys } from "./patterns";

export type FigureKind =
  | "killed"
  | "injured"
  | "killed_or_injured"
  | "strikes"
  | "released"
  | "evacuated"
  | "departed"
  | "detained"
  | "displaced"
  | "duration_hours"
  | "duration_days"
  | "other";

export interface Figure {
  kind: FigureKind;
  start: number;
  end: number;
  words: string;
  low?: number;
  best?: number;
  high?: number;
  vague: boolean;
  convention?: string;
  qualifier?: "more_than" | "less_than" | "about" | "at_least";
  /** The counted noun as written («مدنيين», «غارة»). */
  subject?: string;
  /** A breakdown of a figure before it («بينهم ثلاثة أطفال»): not a separate count. */
  subset?: boolean;
  /** Token indices, for assignment to triggers. */
  firstToken: number;
  lastToken: number;
}

const keySet = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(alternativeKey));
const has = (t: Token | undefined, set: Set<string>) => !!t && [...tokenKeys(t)].some((k) => set.has(k));
const exact = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));
const hasExact = (t: Token | undefined, set: Set<string>) => !!t && cliticForms(t.norm).some((f) => set.has(f));

// Nouns by exact form: the stem of «جرحى» is that of the verb «جرح».
const KILLED_NOUNS = exact("قتيل قتيلا قتلى القتلى شهيد شهيدا شهداء الشهداء ضحية ضحايا الضحايا جثة جثث");
const INJURED_NOUNS = exact("جريح جريحا جرحى الجرحى مصاب مصابا مصابين المصابين");
const STRIKE_NOUNS = keySet("غارة غارات ضربة ضربات قذيفة قذائف صاروخ صواريخ برميل براميل برميلا");
const HOURS = keySet("ساعة ساعات");
const DAYS = keySet("يوم أيام يوما");
const KILLED_CUES = exact("مقتل قتل قتلت قتلوا سقوط استشهاد مصرع وفاة لقي لقوا حتفهم حتفه");
const INJURED_CUES = exact("إصابة إصابات أصيب أصيبوا أصيبت جرح جرحوا بجروح إصابتهم");
const RELEASE_CUES = exact("الإفراج إفراج أفرج أفرجت سراح");
const DEPART_CUES = exact("مغادرة غادر غادرت غادروا خروج خرج انطلقت انطلق");
const EVACUATE_CUES = exact("إجلاء أجلي");
const DISPLACE_CUES = exact("نزوح نزح تهجير");
const DETAIN_CUES = exact("اعتقال اعتقلت اعتقل");
const SUBSET_CUES = exact("بينهم منهم بينها بينهن");
const DUALS: Array<[Set<string>, FigureKind | "people"]> = [
  [exact("يومين يومان"), "duration_days"],
  [exact("ساعتين ساعتان"), "duration_hours"],
  [exact("غارتين غارتان ضربتين"), "strikes"],
  [exact("طفلين طفلان شخصين شخصان جنديين عنصرين"), "people"],
];
const VAGUE: Array<[Set<string>, number | undefined, string | undefined]> = [
  [exact("عشرات العشرات"), 12, "ACLED: 'dozens' = 12 as the lowest figure"],
  [exact("مئات المئات"), 100, "ACLED: 'hundreds' = 100 as the lowest figure"],
  [exact("آلاف الآلاف"), 1000, "'thousands' = 1000 as the lowest figure"],
  [exact("عدد عددا العديد بضعة بضع"), undefined, undefined],
];
const MORE = exact("أكثر يزيد يربو");
const LESS = exact("أقل");
const ABOUT = exact("نحو حوالي قرابة زهاء يقارب");
const OF = normalize("من");

/** What a counted phrase counts, from its noun and the words around it. */
function kindOf(tokens: Token[], first: number, last: number): FigureKind {
  const noun = tokens[last + 1];
  const after = tokens.slice(last + 1, last + 5);
  const before = tokens.slice(Math.max(0, first - 3), first).reverse();
  if (has(noun, HOURS)) return "duration_hours";
  if (has(noun, DAYS)) return "duration_days";
  if (has(noun, STRIKE_NOUNS)) return "strikes";
  const killedNoun = hasExact(after[0], KILLED_NOUNS);
  const injuredNoun = hasExact(after[0], INJURED_NOUNS) || (killedNoun && hasExact(after[1], INJURED_NOUNS));
  if (killedNoun && injuredNoun) return "killed_or_injured";
  if (killedNoun) return "killed";
  if (injuredNoun) return "injured";
  for (const t of [...before, ...after.slice(1)]) {
    if (hasExact(t, KILLED_CUES)) return "killed";
    if (hasExact(t, INJURED_CUES)) return "injured";
    if (hasExact(t, RELEASE_CUES)) return "released";
    if (hasExact(t, DEPART_CUES)) return "departed";
    if (hasExact(t, EVACUATE_CUES)) return "evacuated";
    if (hasExact(t, DISPLACE_CUES)) return "displaced";
    if (hasExact(t, DETAIN_CUES)) return "detained";
  }
  return "other";
}

/** Figures in a token range, skipping tokens inside `exclude` (date expressions). */
export function findFigures(text: string, tokens: Token[], exclude: Array<{ start: number; end: number }> = []): Figure[] {
  const out: Figure[] = [];
  const excluded = (t: Token) => exclude.some((e) => t.start >= e.start && t.end <= e.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" || excluded(t)) continue;
    let first = i;
    let last = i;
    let value: number | undefined;
    let vague: (typeof VAGUE)[number] | undefined;
    let dual: FigureKind | "people" | undefined;
    const num = numberAt(tokens, i);
    const year = t.kind === "number" && /^(19|20)\d\d$/u.test(t.norm);
    // A number written as a word counts the noun after it («سبعة مقاتلين»); «الرابعة عشرة التي» is an ordinal.
    const after = num ? tokens[num.last + 1] : undefined;
    const wordNumber = t.kind !== "number";
    const countsSomething = !wordNumber || (!!after && after.kind === "word" && !PARTICLES.has(after.norm));
    if (num && !year && countsSomething) [value, last] = [num.value, num.last];
    else if ((vague = VAGUE.find(([w]) => hasExact(t, w)))) {
      if (vague[1] === undefined && tokens[i + 1]?.norm !== OF) continue;
      last = tokens[i + 1]?.norm === OF ? i + 1 : i;
    } else if ((dual = DUALS.find(([w]) => hasExact(t, w))?.[1]) !== undefined) [value, first, last] = [2, i, i - 1];
    else continue;
    let qualifier: Figure["qualifier"];
    const q1 = tokens[first - 1];
    const q2 = tokens[first - 2];
    if (q1?.norm === OF && hasExact(q2, MORE)) [qualifier, first] = ["more_than", first - 2];
    else if (q1?.norm === OF && hasExact(q2, LESS)) [qualifier, first] = ["less_than", first - 2];
    else if (hasExact(q1, ABOUT)) [qualifier, first] = ["about", first - 1];
    const nounIndex = last + 1;
    const noun = tokens[nounIndex];
    let kind = dual && dual !== "people" ? dual : kindOf(tokens, first, dual ? i - 1 : last);
    // «مقتل 11 عنصرا من قوات النظام وسبعة مقاتلين»: a coordinated figure counts the same thing.
    const previous = out[out.length - 1];
    if (kind === "other" && previous && t.norm.startsWith("و") && first - previous.lastToken <= 6) kind = previous.kind;
    let endIndex = noun && noun.kind === "word" ? nounIndex : last;
    if (dual) endIndex = i;
    if (
      normalize(
        tokens
          .slice(endIndex + 1, endIndex + 3)
          .map((x) => x.text)
          .join(" "),
      ) === normalize("على الأقل")
    ) {
      qualifier = "at_least";
      endIndex += 2;
    }
    const start = tokens[first]!.start;
    const end = tokens[endIndex]!.end;
    const figure: Figure = { kind, start, end, words: text.slice(start, end), vague: !!vague, firstToken: first, lastToken: endIndex };
    if (dual) figure.subject = t.text;
    else if (noun) figure.subject = noun.text;
    if (value !== undefined) {
      if (qualifier === "more_than") figure.low = value + 1;
      else if (qualifier === "less_than") figure.high = value - 1;
      else if (qualifier === "at_least") [figure.low, figure.best] = [value, value];
      else figure.best = value;
      if (qualifier) figure.qualifier = qualifier;
    } else if (vague && vague[1] !== undefined) [figure.low, figure.convention] = [vague[1], vague[2]];
    if (hasExact(tokens[first - 1], SUBSET_CUES) || hasExact(tokens[first - 2], SUBSET_CUES)) figure.subset = true;
    // «عددا من المدن»: a vague count of things that are not people or strikes is no figure.
    if (vague && kind === "other") continue;
    out.push(figure);
    i = Math.max(i, endIndex);
  }
  return out;
}
