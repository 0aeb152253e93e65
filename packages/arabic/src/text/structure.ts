// Recovering layout that scraping destroyed: run-in headings and unpunctuated sidebar lists.
import { matchActors } from "../lexicon/actors";
import { matchGazetteer } from "../lexicon/gazetteer";
import { bareNoun, isAdjectiveLike, isDefinite, MASDARS, OPENING_VERBS, PARTICLES, stripConjunction } from "./function-words";
import { isWordLike, type Token } from "./tokens";

const MAX_HEADING_WORDS = 5;

/** Spans (start offsets) of names: proper nouns close a genitive chain in a list item. */
function nameStarts(text: string, from: number, to: number): { starts: Set<number>; ends: Set<number> } {
  const slice = text.slice(from, to);
  const mentions = [...matchGazetteer(slice), ...matchActors(slice, { metonyms: "all" })];
  return {
    starts: new Set(mentions.map((m) => m.start + from)),
    ends: new Set(mentions.map((m) => m.end + from)),
  };
}

const isParticle = (t: Token) => PARTICLES.has(t.norm) || PARTICLES.has(stripConjunction(t.norm));
const isOpeningVerb = (t: Token) => OPENING_VERBS.has(t.norm) || OPENING_VERBS.has(stripConjunction(t.norm));

/**
 * End offset of a run-in heading at the start of a segment: 1–5 words with no verb, not starting
 * or ending with a particle and not ending in an actor's name (that would be a subject), followed
 * by an unprefixed opening verb and a non-particle word («الهجوم الكيماوي قالت الخارجية ...»).
 */
export function headingPrefix(text: string, tokens: Token[]): number | undefined {
  const words = tokens.filter(isWordLike);
  for (let k = 1; k <= MAX_HEADING_WORDS && k + 1 < words.length; k++) {
    const verb = words[k]!;
    if (!OPENING_VERBS.has(verb.norm)) continue;
    const head = words.slice(0, k);
    const next = words[k + 1]!;
    if (isParticle(next) || head.some((w) => w.kind !== "word" || isOpeningVerb(w))) return undefined;
    // «سيارة مفخخة كان يقودها»: «كان» before an imperfect verb continues a relative clause.
    if ((verb.norm === "كان" || verb.norm === "كانت") && /^[يت]..+/u.test(next.norm)) return undefined;
    if (isParticle(head[0]!) || isParticle(head[k - 1]!)) return undefined;
    if (tokens.some((t) => t.kind === "punct" && t.start < verb.start)) return undefined;
    const names = nameStarts(text, head[0]!.start, head[k - 1]!.end);
    if (names.ends.has(head[k - 1]!.end)) return undefined;
    return verb.start;
  }
  return undefined;
}

const isMasdar = (norm: string) => MASDARS.has(norm) || (isDefinite(norm) && MASDARS.has(bareNoun(norm))) || /^است..ا.$/u.test(norm);

export interface ListSplit {
  heading?: [number, number];
  items: Array<[number, number]>;
}

/**
 * Split a verbless, unpunctuated line into list items. An item starts at a verbal noun (not right
 * after a particle, and not as the second word of an item: «وقف إطلاق النار»), or at a definite
 * noun that follows a completed name or definite noun in an item of three words or more
 * («... بشرق أوروبا | الدرع الصاروخية»). Words before the first item form the heading.
 */
export function splitList(text: string, tokens: Token[]): ListSplit | undefined {
  const words = tokens.filter(isWordLike);
  if (words.length < 6 || tokens.some((t) => t.kind === "punct") || words.some(isOpeningVerb)) return undefined;
  const names = nameStarts(text, words[0]!.start, words[words.length - 1]!.end);
  const starts: number[] = [];
  let itemLength = 0;
  words.forEach((w, j) => {
    const prev = words[j - 1];
    let starts_here = false;
    if (j === 0 && isMasdar(w.norm)) starts_here = true;
    else if (prev && !isParticle(prev) && isMasdar(w.norm) && (starts.length === 0 || itemLength >= 2)) starts_here = true;
    else if (
      prev &&
      starts.length > 0 &&
      itemLength >= 3 &&
      isDefinite(w.norm) &&
      !isAdjectiveLike(w.norm) &&
      !names.starts.has(w.start) &&
      (isDefinite(prev.norm) || names.ends.has(prev.end))
    )
      starts_here = true;
    if (starts_here) {
      starts.push(j);
      itemLength = 1;
    } else itemLength++;
  });
  if (starts.length < 3 || starts[0]! > MAX_HEADING_WORDS - 1) return undefined;
  const items: Array<[number, number]> = starts.map((j, n) => {
    const last = n + 1 < starts.length ? words[starts[n + 1]! - 1]! : words[words.length - 1]!;
    return [words[j]!.start, last.end];
  });
  if (items.some(([s, e]) => words.filter((w) => w.start >= s && w.end <= e).length > 10)) return undefined;
  const heading: [number, number] | undefined = starts[0]! > 0 ? [words[0]!.start, words[starts[0]! - 1]!.end] : undefined;
  return { heading, items };
}
