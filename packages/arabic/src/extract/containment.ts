// Which place the text itself puts inside which: «حي العامرية في حلب», «الشيخ عثمان، شرقي عدن»,
// «معسكر رأس عباس غرب عدن», «منطقة العريش بمدينة خور مكسر». The gazetteer knows the admin chain of
// its own places; the text adds the containers of proposed places and of imported ones (which hang
// from their country only), for choosing the most specific place and for telling events apart.
import { placeAncestors } from "../lexicon/data";
import type { PlaceMention } from "../lexicon/gazetteer";
import { cliticForms } from "../text/function-words";
import { normalize } from "../text/normalize";
import type { Token } from "../text/tokens";
import { tokenIndexAt } from "../text/tokens";

const RELATIONS = new Set("في قرب داخل وسط ضمن شرق شرقي غرب غربي شمال شمالي جنوب جنوبي ريف بريف أطراف ضواحي شمال_شرق".split(" ").map(normalize));
const DESIGNATOR_WITH_BI = /^ب(مدينه|بلده|قريه|محافظه|منطقه|ريف|حي|مخيم|ناحيه|قضاء)$/u;

/** container of each place id, as the text states it (first statement wins). */
export function textContainers(places: PlaceMention[], tokens: Token[]): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...places].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    const q = sorted.slice(k + 1).find((x) => x.start >= p.end && x.id !== p.id);
    if (!q || out.has(p.id)) continue;
    const from = tokenIndexAt(tokens, p.end - 1) + 1;
    const to = tokenIndexAt(tokens, q.start);
    const between = tokens.slice(from, to).filter((t) => !(t.kind === "punct" && '،,"«»“”'.includes(t.text)));
    if (between.length > 2) continue;
    const related =
      (between.length === 0 && (q.clitic === "ب" || q.clitic?.endsWith("ب"))) ||
      (between.length >= 1 &&
        between.every((t) => t.kind === "word") &&
        (cliticForms(between[0]!.norm).some((f) => RELATIONS.has(f)) || DESIGNATOR_WITH_BI.test(between[0]!.norm)) &&
        between.slice(1).every((t) => RELATIONS.has(t.norm) || /^(مدينه|بلده|محافظه|منطقه|ريف|احياء|حي)$/u.test(t.norm)));
    if (!related) continue;
    // No cycles: the container must not already sit inside p.
    if (ancestorsIn(out, q.id).includes(p.id) || q.id === p.id) continue;
    out.set(p.id, q.id);
  }
  return out;
}

/** Ancestors of a place: the text's containers, then the gazetteer's chain of each. */
export function ancestorsIn(containers: Map<string, string>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let current: string | undefined = id;
  while (current) {
    const next: string | undefined = containers.get(current) ?? placeAncestors(current)[0];
    if (!next || seen.has(next)) break;
    seen.add(next);
    out.push(next);
    current = next;
  }
  // The gazetteer's chain of the first known ancestor, in full (a text container may skip levels).
  for (const a of [...out])
    for (const b of placeAncestors(a))
      if (!seen.has(b)) {
        seen.add(b);
        out.push(b);
      }
  return out;
}

/** a is b, or one contains the other, by the gazetteer or by the text. */
export const nestsIn = (containers: Map<string, string>, a: string, b: string): boolean =>
  a === b || ancestorsIn(containers, a).includes(b) || ancestorsIn(containers, b).includes(a);
