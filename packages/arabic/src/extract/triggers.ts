// Finding trigger words and reading the context that changes what they mean: a definite noun
// refers back, «في إطار اتفاق» names an existing deal, «يقضي بخروج» is a term, not a happening.
import type { ActorMention } from "../lexicon/actors";
import { REPORT_VERBS } from "./attribution";
import { cliticForms, isAdjectiveLike, OPENING_VERBS } from "../text/function-words";
import { normalize } from "../text/normalize";
import type { Token } from "../text/tokens";
import { CLAUSE_WORDS, FRAMES, IRREALIS_CUES, NEGATIONS, SEQUENCE, TRIGGER_RULES, type TriggerType } from "./lexicon";
import { tokenKeys } from "./patterns";

export interface Trigger {
  type: TriggerType;
  first: number;
  last: number;
  confidence: number;
}

const MEDICAL = new Set(
  "مستشفى المستشفى مستشفيات المستشفيات مشفى المشفى مشافي المشافي جثث جثة الجثث جرحى الجرحى مصابين المصابين ضحايا الضحايا الطبي الطبية"
    .split(" ")
    .map(normalize),
);
const isReportVerb = (t: Token | undefined) => !!t && cliticForms(t.norm).some((f) => REPORT_VERBS.has(f));
const BATTLE_BACKGROUND = new Set("وقف ووقف إنهاء انهاء انتهاء حول بشأن تسوية ضحايا الناجين".split(" ").map(normalize));
const GAP_PUNCT = new Set(["(", ")", '"', "«", "»", "“", "”"]);

/** «لا تزال» is "still", not a negation. */
const STILL = new Set(["تزال", "يزال", "زال", "زالت"].map(normalize));
const inSet = (t: Token | undefined, set: Set<string>) => !!t && cliticForms(t.norm).some((f) => set.has(f));

/** Rules by the keys of their first step, each list in TRIGGER_RULES order (longest first). */
const RULES_BY_FIRST_KEY = new Map<string, Array<(typeof TRIGGER_RULES)[number]>>();
for (const rule of TRIGGER_RULES)
  for (const key of rule.steps[0]!.keys) {
    const list = RULES_BY_FIRST_KEY.get(key) ?? [];
    if (!list.includes(rule)) list.push(rule);
    RULES_BY_FIRST_KEY.set(key, list);
  }

/** Triggers left to right, longest rule first; words inside an actor's name are not triggers («لجنة التحقيق»). */
export function findTriggers(tokens: Token[], actors: ActorMention[]): Trigger[] {
  const blocked = actors.filter((a) => a.via === "name" || a.via === "variant");
  const insideActor = (t: Token) => blocked.some((a) => t.start >= a.start && t.end <= a.end);
  const cache = new Map<Token, Set<string>>();
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const candidates = new Set<(typeof TRIGGER_RULES)[number]>();
    for (const key of tokenKeys(t)) for (const rule of RULES_BY_FIRST_KEY.get(key) ?? []) candidates.add(rule);
    if (candidates.size === 0 || insideActor(t)) continue;
    for (const rule of TRIGGER_RULES.filter((r) => candidates.has(r))) {
      const last = matchRule(tokens, i, rule.steps, cache);
      if (last === undefined) continue;
      if (rule.type === "investigation" && achieving(tokens, last)) continue;
      // The weak «المعارك» as the object of another noun or with a possessive is background: «وقف المعارك»,
      // «تسوية حول المعارك», «في معاركها ضد».
      if (rule.type === "armed_clash" && rule.confidence < 0.5 && (BATTLE_BACKGROUND.has(tokens[i - 1]?.norm ?? "") || /(ها|هم|هما)$/u.test(t.norm))) continue;
      // «وزارة» (a ministry) peels to «زارة» as if «و» + «زار»: never a visit.
      if (rule.type === "visit" && /وزار(ه|ات|تي|ته|تها)$/u.test(t.norm)) continue;
      // «استقبلت المستشفيات جثث …»: a hospital receives casualties, not a visitor.
      if (rule.type === "meeting" && tokens.slice(Math.max(0, i - 3), last + 5).some((x) => MEDICAL.has(cliticForms(x.norm).at(-1) ?? ""))) continue;
      // «فجر انتحاري سيارة مفخخة»: a suicide attacker inside a bombing's words makes it a suicide bombing.
      const suicide = rule.type === "bombing" && tokens.slice(i, last + 1).some((x) => /^(ال)?انتحاري/u.test(cliticForms(x.norm).at(-1) ?? ""));
      out.push({ type: suicide ? "suicide_bombing" : rule.type, first: i, last, confidence: rule.confidence });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * «تحقيق» is also «achieving»: «تحقيق هذا الإنجاز», «لتحقيق تقدم», «تحقيق الاستقرار». An inquiry is
 * followed by «في/حول/بشأن», an adjective («دولي», «مستقل») or nothing of its own; an achievement by its object.
 */
function achieving(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.kind !== "word") return false;
  const w = next.norm;
  if (ACHIEVED.has(w)) return true;
  if (INQUIRY_NEXT.has(w) || isAdjectiveLike(w)) return false;
  // A definite noun right after it is its object: «تحقيق الأهداف», «تحقيق العدالة».
  return w.startsWith("ال") && !w.startsWith("الذي") && !w.startsWith("التي");
}
const ACHIEVED = new Set(["هذا", "هذه", "تقدم", "أهداف", "اهداف", "مكاسب", "نصر", "انتصار", "انجاز", "إنجاز", "أي", "السلام", "الاستقرار"].map(normalize));
const INQUIRY_NEXT = new Set(["في", "حول", "بشأن", "بشان", "مع", "مستقل", "دولي", "شامل", "جنائي", "أممي", "الدولي", "المستقل"].map(normalize));

function matchRule(tokens: Token[], i: number, steps: (typeof TRIGGER_RULES)[number]["steps"], cache: Map<Token, Set<string>>): number | undefined {
  const t = tokens[i]!;
  let tk = cache.get(t);
  if (!tk) cache.set(t, (tk = tokenKeys(t)));
  const first = steps[0]!;
  if (![...tk].some((k) => first.keys.has(k))) return undefined;
  let j = i;
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s]!;
    let found: number | undefined;
    for (let k = j + 1; k <= j + 1 + step.gap && k < tokens.length; k++) {
      const tok = tokens[k]!;
      // Brackets and quotes around a name do not end the pattern («أعلن تنظيم "داعش" مسؤوليته»).
      if (tok.kind === "punct" && !GAP_PUNCT.has(tok.text)) break;
      let keys = cache.get(tok);
      if (!keys) cache.set(tok, (keys = tokenKeys(tok)));
      if ([...keys].some((key) => step.keys.has(key))) {
        found = k;
        break;
      }
    }
    if (found === undefined) return undefined;
    j = found;
  }
  return j;
}

/** Clause number of every token: a new clause after «،»/«؛»/«:», before «فيما/كما/حيث...», and before «و»+verb. */
export function clauseIds(tokens: Token[], segmentOf: Int32Array): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const newSegment = i > 0 && segmentOf[i] !== segmentOf[i - 1];
    const afterPunct = !!prev && prev.kind === "punct" && "،,؛;:".includes(prev.text);
    const clauseWord = inSet(t, CLAUSE_WORDS) || (t.norm.startsWith("و") && OPENING_VERBS.has(t.norm.slice(1)));
    if (i > 0 && (newSegment || afterPunct || clauseWord)) id++;
    ids[i] = id;
  }
  return ids;
}

export interface TriggerContext {
  embedded: boolean;
  definite: boolean;
  framed: boolean;
  irrealis: boolean;
  negated: boolean;
  also: boolean;
  sequenced: boolean;
}

const COMPLEMENT = new Set(["في", "حول", "عن", "بشأن", "ضد"].map(normalize));

/** Context words in the same segment (and clause, where it matters) before the trigger. */
export function triggerContext(tokens: Token[], trigger: Trigger, segmentOf: Int32Array, clauseOf: Int32Array, all: Trigger[] = []): TriggerContext {
  const head = tokens[trigger.first]!;
  const seg = segmentOf[trigger.first];
  const clause = clauseOf[trigger.first];
  const before = (n: number, sameClause: boolean) => {
    const out: Token[] = [];
    for (let k = trigger.first - 1; k >= 0 && out.length < n; k--) {
      if (segmentOf[k] !== seg || (sameClause && clauseOf[k] !== clause)) break;
      if (tokens[k]!.kind !== "punct") out.push(tokens[k]!);
    }
    return out;
  };
  let clauseStart = trigger.first;
  while (clauseStart > 0 && clauseOf[clauseStart - 1] === clause) clauseStart--;
  const firstWord = tokens[clauseStart];
  const prep = [1, 2].map((k) => trigger.first - k).find((k) => k >= 0 && clauseOf[k] === clause && COMPLEMENT.has(tokens[k]!.norm));
  const embedded = prep !== undefined && all.some((o) => o !== trigger && o.last < prep && prep - o.last <= 3 && clauseOf[o.last] === clause);
  return {
    embedded,
    // «الانفجار», and a construct whose second noun is definite: «انفجار السيارة» is «the car's explosion».
    definite:
      cliticForms(head.norm).some((f) => f.startsWith("ال") && !OPENING_VERBS.has(f)) ||
      (trigger.last === trigger.first + 1 && tokens[trigger.last]!.norm.startsWith("ال") && !isAdjectiveLike(tokens[trigger.last]!.norm)),
    framed: before(6, false).some((t) => inSet(t, FRAMES)),
    irrealis: before(8, true).some((t) => inSet(t, IRREALIS_CUES)),
    negated: before(5, true).some((t, k, all) => inSet(t, NEGATIONS) && !(k > 0 && STILL.has(all[k - 1]!.norm))),
    // «كما قالت مصادر أخرى إن التفجير …» adds a source, not an event.
    also: !!firstWord && cliticForms(firstWord.norm).includes("كما") && !isReportVerb(tokens[clauseStart + 1]),
    sequenced: before(3, true).some((t) => inSet(t, SEQUENCE)),
  };
}
