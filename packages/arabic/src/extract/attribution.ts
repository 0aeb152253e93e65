// Who says so: the attribution cue («قالت الخارجية الروسية في بيان», «وأشارت مصادر إلى»,
// «بحسب ما أفاد المرصد», «وفقا لـ...») with its span and the claimant, kept apart from the outlet.
import type { ActorMention } from "../lexicon/actors";
import { ACTORS_BY_ID } from "../lexicon/data";
import { cliticForms, PARTICLES } from "../text/function-words";
import { normalize } from "../text/normalize";
import type { Token } from "../text/tokens";

export interface AttributionCue {
  start: number;
  end: number;
  words: string;
  /** The cue word itself («قالت», «بحسب»). */
  cue: string;
  claimantId?: string;
  /** The claimant as written, also when it is not in the lexicon («مسعفون محليون»). */
  claimantWords?: string;
  confidence: number;
}

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));
export const REPORT_VERBS = words(
  "قال قالت قالوا أعلن أعلنت أعلنوا أكد أكدت أكدوا أوضح أوضحت أفاد أفادت أفادوا ذكر ذكرت ذكروا أشار أشارت أضاف أضافت أبان أبانت كشف كشفت نقل نقلت وثق وثقت سجل سجلت اتهم اتهمت نفى نفت زعم زعمت رجح رجحت يقول تقول أفاد أورد أوردت تابع تابعت",
);
const SOURCE_PREPS = words("بحسب حسب وفق وفقا طبقا نقلا");
const SOURCE_LINKS = words("ما عن لـ ل أعلنه أعلنته أفاد أفادت أعلن أعلنت ذكر ذكرت أورد أوردت نقلته");
const CHANNELS = words("بيان بيانا تصريح تصريحات تقرير تقريرها تقريره مؤتمر حديث");
/** Offices that open an unlisted claimant: «وزيرة خارجية السويد», «آمر القوات الخاصة», «رئيس الوزراء». */
const OFFICES = words(
  "وزير وزيرة رئيس رئيسة آمر قائد مدير متحدث ناطق سفير مبعوث أمين نائب محافظ مستشار زعيم مصدر مصادر مراسل شهود شاهد سكان ناشطون ناشط مسؤول مسؤولون مسعفون",
);
const CLAIMANT_KINDS = new Set(["unnamed_source", "government_body", "person", "state", "ngo", "international_org", "media", "armed_forces", "armed_group"]);

const isCue = (t: Token, set: Set<string>) => cliticForms(t.norm).some((f) => set.has(f));

/** Attribution cues in a text: a cue word followed within a few words by a claimant. */
export function findAttributions(text: string, tokens: Token[], actors: ActorMention[]): AttributionCue[] {
  const out: AttributionCue[] = [];
  const actorAt = new Map<number, ActorMention>();
  for (const a of actors) actorAt.set(a.start, a);
  const actorStarting = (t: Token) => actorAt.get(t.start) ?? actors.find((a) => a.start > t.start && a.start < t.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const verb = isCue(t, REPORT_VERBS);
    const prep = !verb && isCue(t, SOURCE_PREPS);
    if (!verb && !prep) continue;
    let j = i + 1;
    const opening = (x: Token) => x.kind === "punct" && '«"“('.includes(x.text);
    while (j < tokens.length && j <= i + 4 && (isCue(tokens[j]!, SOURCE_LINKS) || opening(tokens[j]!) || (prep && isCue(tokens[j]!, REPORT_VERBS)))) j++;
    const next = tokens[j];
    if (!next || next.kind === "punct") continue;
    const actor = actorStarting(next);
    const kind = actor ? ACTORS_BY_ID.get(actor.id)?.kind : undefined;
    let end: number;
    let claimantId: string | undefined;
    let claimantWords: string | undefined;
    let lastIndex: number;
    if (actor && kind && CLAIMANT_KINDS.has(kind) && actor.via !== "adjective") {
      [end, claimantId, claimantWords] = [actor.end, actor.id, actor.words];
      lastIndex = tokens.findIndex((x) => x.end >= actor.end);
    } else if (
      !PARTICLES.has(next.norm) &&
      next.kind === "word" &&
      !isCue(next, REPORT_VERBS) &&
      (prep || /^ال|ون$|ين$/u.test(next.norm) || isCue(next, OFFICES))
    ) {
      // An unlisted claimant: take the noun phrase up to the first particle (at most three words).
      let k = j;
      while (k + 1 < tokens.length && k < j + 2 && tokens[k + 1]!.kind === "word" && !PARTICLES.has(tokens[k + 1]!.norm) && !isCue(tokens[k + 1]!, CHANNELS))
        k++;
      [end, claimantWords, lastIndex] = [tokens[k]!.end, text.slice(next.start, tokens[k]!.end), k];
    } else continue;
    // «... في بيان»: the channel belongs to the cue.
    if (tokens[lastIndex + 1]?.norm === "في" && tokens[lastIndex + 2] && isCue(tokens[lastIndex + 2]!, CHANNELS)) end = tokens[lastIndex + 2]!.end;
    const start = t.start + (cliticForms(t.norm).length > 1 && !REPORT_VERBS.has(t.norm) && !SOURCE_PREPS.has(t.norm) ? 1 : 0);
    out.push({
      start,
      end,
      words: text.slice(start, end),
      cue: t.text,
      ...(claimantId ? { claimantId } : {}),
      ...(claimantWords ? { claimantWords } : {}),
      confidence: claimantId ? 0.9 : 0.6,
    });
    i = Math.max(i, lastIndex);
  }
  return out;
}
