// Actor mentions. Names and variants are actors outright; a capital («موسكو», «دمشق») is an actor
// only when it is not used as a location, and a nisba adjective («الروسية») is weak evidence.
import { cliticForms } from "../text/function-words";
import { normalize } from "../text/normalize";
import { tokenize, type Token } from "../text/tokens";
import { ACTORS } from "./data";
import { NameTrie, scanNames, type LexiconMention, type NameVia } from "./matcher";

export type ActorMention = LexiconMention;

export interface ActorMatchOptions {
  /** "auto" (default): metonyms only outside locative context; "all"; "none". */
  metonyms?: "auto" | "all" | "none";
  /** Keep nisba-adjective mentions (default true). */
  adjectives?: boolean;
}

const trie = new NameTrie();
for (const a of ACTORS) {
  trie.add({ id: a.id, surface: a.name.ar, via: "name" });
  if (a.name.en) trie.add({ id: a.id, surface: a.name.en, via: "name" });
  for (const v of a.variants) trie.add({ id: a.id, surface: v, via: "variant" });
  for (const v of a.metonyms) trie.add({ id: a.id, surface: v, via: "metonym" });
  for (const v of a.adjectives) trie.add({ id: a.id, surface: v, via: "adjective" });
}

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));
/** Before these, a capital is a place: «شرق دمشق», «في موسكو», «مدينة دمشق». */
const LOCATIVE = words(
  "في من إلى الى نحو باتجاه قرب محيط أطراف مشارف داخل وسط ضواحي شرق غرب شمال جنوب شرقي غربي شمالي جنوبي مدينة العاصمة ريف مطار سماء أجواء in near to from",
);
const VIA_RANK: Record<NameVia, number> = { name: 0, variant: 1, metonym: 2, adjective: 3 };
const CONFIDENCE: Record<NameVia, number> = { name: 0.95, variant: 0.85, metonym: 0.6, adjective: 0.4 };

function locative(tokens: Token[], i: number, clitic: string): boolean {
  if (clitic.endsWith("ب") || clitic.endsWith("ل")) return clitic.endsWith("ب");
  const prev = tokens[i - 1];
  return !!prev && prev.kind !== "punct" && cliticForms(prev.norm).some((f) => LOCATIVE.has(f));
}

/** Actor mentions, longest first, left to right. */
export function matchActors(text: string, options: ActorMatchOptions = {}, tokens: Token[] = tokenize(text)): ActorMention[] {
  const metonyms = options.metonyms ?? "auto";
  const adjectives = options.adjectives ?? true;
  return scanNames(
    text,
    trie,
    {
      accept: ({ names, tokens: ts, i, clitic }) => {
        const usable = names
          .filter((n) => n.via !== "adjective" || adjectives)
          .filter((n) => n.via !== "metonym" || metonyms === "all" || (metonyms === "auto" && !locative(ts, i, clitic)));
        if (usable.length === 0) return undefined;
        const best = [...usable].sort((a, b) => VIA_RANK[a.via] - VIA_RANK[b.via])[0]!;
        return { name: best, confidence: CONFIDENCE[best.via] };
      },
    },
    tokens,
  );
}
