// Giving each trigger the words around it: places, dates, figures, actors, weapons and the
// attribution cue, by clause. What lies in a clause without a trigger goes to the nearest trigger
// of the same sentence; what lies in a sentence without one is left for the document pass.
import type { DateExpression } from "../dates/resolve";
import { normalize } from "../text/normalize";
import type { ActorMention } from "../lexicon/actors";
import { ACTORS_BY_ID, PLACES_BY_ID } from "../lexicon/data";
import { inLocativeContext, type PlaceMention } from "../lexicon/gazetteer";
import { cliticForms } from "../text/function-words";
import { tokenIndexAt, type Token } from "../text/tokens";
import { REPORT_VERBS, type AttributionCue } from "./attribution";
import type { Figure } from "./figures";
import { BEGAN, CLAUSE_WORDS, ENDED } from "./lexicon";
import type { Draft } from "./types";
import type { WeaponMention } from "./weapons";

export interface DocIndex {
  text: string;
  tokens: Token[];
  segmentOf: Int32Array;
  clauseOf: Int32Array;
  places: PlaceMention[];
  actors: ActorMention[];
  dates: DateExpression[];
  figures: Figure[];
  weapons: WeaponMention[];
  cues: AttributionCue[];
  /** Containers the text states for places («حي العامرية في حلب»): see containment.ts. */
  containers: Map<string, string>;
}

/** Kinds of actor that report rather than take part. */
const NOT_PARTICIPANTS = new Set(["unnamed_source", "media"]);

/** The draft an attribute at token p belongs to, or undefined when its sentence has no trigger. */
export function ownerOf(drafts: Draft[], p: number, index: DocIndex): Draft | undefined {
  const seg = index.segmentOf[p];
  const clause = index.clauseOf[p];
  const inSegment = drafts.filter((d) => d.segment === seg);
  if (!inSegment.length) return undefined;
  const inClause = inSegment.filter((d) => d.clause === clause);
  if (inClause.length) {
    // Before the first trigger -> the first; otherwise the last trigger starting at or before p.
    const before = inClause.filter((d) => d.first <= p);
    return before.length ? before[before.length - 1] : inClause[0];
  }
  // A framing reference («في إطار اتفاق ...») is background: it does not own the clauses after it.
  // A clause opened by «فيما/كما/بينما...» is a new proposition: its words go to the trigger after it.
  let clauseStart = p;
  while (clauseStart > 0 && index.clauseOf[clauseStart - 1] === clause) clauseStart--;
  const opener = index.tokens[clauseStart];
  const fresh = !!opener && cliticForms(opener.norm).some((f) => CLAUSE_WORDS.has(f));
  const later = inSegment.filter((d) => d.first > p && !d.framed && !d.embedded);
  if (fresh && later.length) return later[0];
  const earlier = inSegment.filter((d) => d.first < p);
  const foreground = earlier.filter((d) => !d.framed && !d.embedded);
  const pool = foreground.length ? foreground : earlier;
  return pool.length ? pool[pool.length - 1] : inSegment[0];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"].map(normalize));
const OCCURRED = new Set(["وقع", "وقعت", "حدث", "حدثت", "جرى", "جرت", "جد", "جدت", "نفذ", "نفذت", "شن", "شنت", "استهدف", "استهدفت"].map(normalize));
const COMPLEMENTIZERS = new Set(["ان", "بان", "انه", "انها", "بانه", "بانها", "انهم"]);

/** From an attribution cue to the «أن/إن» that opens what is claimed: the words said of the claim itself. */
function attributionRegions(index: DocIndex): Array<{ start: number; end: number; said?: boolean }> {
  const out: Array<{ start: number; end: number; said?: boolean }> = [];
  // A reporting verb whose speaker the lexicons do not know («وقال غريفيث في إفادة … من الأردن: «إن …»)
  // opens a claim all the same.
  const verbs = index.tokens.flatMap((t, i) => (cliticForms(t.norm).some((f) => REPORT_VERBS.has(f)) ? [{ start: t.start, end: t.end, i }] : []));
  for (const c of [...index.cues, ...verbs.filter((v) => !index.cues.some((c) => c.start <= v.start && v.start < c.end))]) {
    // «ذكرت فصائل معارضة مساء الأربعاء ...»: a date right after the claimant dates the saying.
    const said = index.dates.find((d) => d.start >= c.end && tokenIndexAt(index.tokens, d.start) - tokenIndexAt(index.tokens, c.end - 1) <= 2);
    if (said) out.push({ start: said.start, end: said.end, said: true });
    const i = tokenIndexAt(index.tokens, c.start);
    for (let k = i + 1; k < index.tokens.length && k <= i + 25 && index.segmentOf[k] === index.segmentOf[i]; k++) {
      const t = index.tokens[k]!;
      if (COMPLEMENTIZERS.has(t.norm) || (t.kind === "punct" && t.text === ":")) {
        out.push({ start: c.start, end: t.start });
        break;
      }
    }
  }
  return out;
}

/** Assign every attribute to its draft; return the attributes of sentences without triggers. */
export function assignAttributes(drafts: Draft[], index: DocIndex): { figures: Figure[]; places: PlaceMention[]; weapons: WeaponMention[] } {
  const orphans = { figures: [] as Figure[], places: [] as PlaceMention[], weapons: [] as WeaponMention[] };
  const at = (offset: number) => tokenIndexAt(index.tokens, offset);
  // A capital used as an actor («اقتراحا لموسكو») and a name inside an actor's name («أحرار الشام») are not places.
  const actorSpans = index.actors.filter((a) => a.via !== "adjective");
  const regions = attributionRegions(index);
  // A place or a date said of the claim («أفادت مصادر محلية في مدينة عدن، أن ...», «قال مصدر أمني،
  // اليوم الجمعة، إن ...») is where and when it was said, not where and when the reported event happened.
  const saidOfClaim = (offset: number, owner: Draft | undefined) => {
    if (!owner || owner.type === "statement") return false;
    const r = regions.find((x) => x.start <= offset && offset < x.end);
    return !!r && (r.said || owner.trigger.start >= r.end);
  };
  for (const p of index.places) {
    if (actorSpans.some((a) => overlaps(a, p) && (a.end - a.start > p.end - p.start || a.via === "metonym"))) continue;
    // A country named as a subject acts («غير أن روسيا استخدمت»): it is a place only after «في», «إلى»...
    // So is any country named outside locative context («ورفضت روسيا والصين», «مفاوضات اليمن»): a
    // state acts or is talked about; it is where something happened only «في/إلى/من» it.
    const sameSpanActor = actorSpans.some((a) => a.start === p.start && a.end === p.end);
    const country = PLACES_BY_ID.get(p.id)?.feature === "country";
    if ((sameSpanActor || country) && !inLocativeContext(index.tokens, at(p.start), p.clitic ?? "")) continue;
    const owner = ownerOf(drafts, at(p.start), index);
    if (saidOfClaim(p.start, owner)) continue;
    const coordinated = p.coordinated || p.clitic === "و";
    if (owner) owner.places.push({ id: p.id, start: p.start, end: p.end, words: p.words, confidence: p.confidence, ...(coordinated ? { coordinated } : {}) });
    else orphans.places.push(p);
  }
  const claimDates: Array<{ owner: Draft; date: DateExpression }> = [];
  for (const d of index.dates) {
    const p = at(d.start);
    const owner = ownerOf(drafts, p, index);
    if (!owner) continue;
    if (saidOfClaim(d.start, owner)) {
      // What the claim reports is the sentence's main event, its first («استؤنف القتال …، بعد انتهاء هدنة …، حسبما قال …»).
      const main = drafts.find((x) => x.segment === owner.segment && x.type !== "statement") ?? owner;
      claimDates.push({ owner: main, date: d });
      continue;
    }
    // «غارات … على الطريق الذي … سيطر عليه الجيش في أبريل»: a date inside a relative clause after the trigger is that clause's.
    // («الهجوم الذي وقع أمس», a relative right after the trigger, describes the event itself.)
    // («التفجيرين … الذي جدّ مساء أمس»: a relative clause that says when it happened is the event's too.)
    const relativeAt = (k: number) =>
      RELATIVES.has(index.tokens[k]!.norm) && k > owner.last + 2 && index.clauseOf[k] === index.clauseOf[p] && !OCCURRED.has(index.tokens[k + 1]?.norm ?? "");
    if (p > owner.last && index.tokens.slice(owner.last + 1, p).some((_, k) => relativeAt(owner.last + 1 + k))) continue;
    const distance = (x: { start: number }) => Math.abs(x.start - owner.trigger.start);
    if (owner.date && distance(owner.date) <= distance(d)) continue;
    owner.date = { ...d, confidence: d.pending ? 0.4 : 0.85 };
    // «انتهى أول من أمس», «أنهت ... تحقيقها»: the verb before the date, or before the trigger in its clause.
    const lead = [index.tokens[p - 1], index.tokens[p - 2], index.tokens[p - 3]];
    let from = owner.first;
    while (from > 0 && index.clauseOf[from - 1] === owner.clause) from--;
    const ownClause = index.tokens.slice(from, owner.last + 1);
    const near = [...lead, ...ownClause];
    const inSet = (set: Set<string>) => near.some((t) => t && index.segmentOf[at(t.start)] === owner.segment && cliticForms(t.norm).some((f) => set.has(f)));
    owner.dateBoundary = inSet(ENDED) ? "end" : inSet(BEGAN) ? "start" : undefined;
  }
  // The day a claim was made is the reported event's only when the event has none of its own («استؤنف
  // القتال …، حسبما قال مسؤولون، أمس الثلاثاء»), with the reason.
  for (const { owner, date } of claimDates)
    if (!owner.date && !drafts.some((x) => x.segment === owner.segment && x.type !== "statement" && x.date))
      owner.date = { ...date, confidence: 0.5, reason: "the day the claim was made: the event has no date of its own" };
  for (const f of index.figures) {
    const owner = ownerOf(drafts, f.firstToken, index);
    if (owner) owner.figures.push(f);
    else orphans.figures.push(f);
  }
  // «منظمة حظر الأسلحة الكيماوية» names no weapon; «الطائرات الروسية» (an air force) does.
  const names = index.actors.filter((a) => (a.via === "name" || a.via === "variant") && ACTORS_BY_ID.get(a.id)?.kind !== "armed_forces");
  for (const w of index.weapons) {
    if (names.some((a) => overlaps(a, w))) continue;
    const owner = ownerOf(drafts, at(w.start), index);
    if (owner) owner.weapons.push({ ...w });
    else orphans.weapons.push(w);
  }
  for (const a of index.actors) {
    const kind = ACTORS_BY_ID.get(a.id)?.kind;
    if (!kind || NOT_PARTICIPANTS.has(kind)) continue;
    if (index.cues.some((c) => c.claimantId === a.id && overlaps(c, a))) continue;
    const owner = ownerOf(drafts, at(a.start), index);
    if (owner && !owner.actors.some((x) => x.id === a.id))
      owner.actors.push({ id: a.id, start: a.start, end: a.end, words: a.words, role: "party", confidence: a.confidence * 0.8 });
  }
  for (const d of drafts) {
    const cues = index.cues.filter((c) => index.segmentOf[at(c.start)] === d.segment);
    const before = cues.filter((c) => c.start <= d.trigger.start);
    const chosen = before.length ? before[before.length - 1] : cues[0];
    if (chosen) d.attribution = chosen;
  }
  return orphans;
}
