// Token patterns written in ordinary spelling and matched through search keys, so one entry
// covers clitics, the article, case endings and spelling variants («بالغارات» ~ «غارة»).
import { cliticForms } from "../text/function-words";
import { normalize } from "../text/normalize";
import { lightStem } from "../text/stemmer";
import type { Token } from "../text/tokens";
import { foldVariants } from "../text/variants";

const keyCache = new Map<string, Set<string>>();

/** Keys a token can be looked up by: each clitic-peeled form, its variant fold and stem, minus a tanween alif. */
export function tokenKeys(t: Token): Set<string> {
  let keys = keyCache.get(t.norm);
  if (keys) return keys;
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(t.norm, (keys = new Set<string>()));
  for (const f of cliticForms(t.norm)) {
    const forms = f.endsWith("ا") && f.length >= 4 ? [f, f.slice(0, -1)] : [f];
    for (const g of forms) {
      const folded = foldVariants(g);
      keys.add(g).add(folded).add(lightStem(folded));
    }
  }
  return keys;
}

/** The one key an alternative is matched by: its light stem (or its exact form when written with a leading «=»). */
export function alternativeKey(spelling: string): string {
  if (spelling.startsWith("=")) return normalize(spelling.slice(1));
  return lightStem(foldVariants(normalize(spelling)));
}

export interface PatternStep {
  keys: Set<string>;
  /** Tokens that may be skipped before this step (never across punctuation). */
  gap: number;
}

/** "غارة|غارات" -> one step; "~3 سراح" allows three tokens before it. */
export function compileSteps(seq: string[]): PatternStep[] {
  return seq.map((step) => {
    const gapMatch = step.match(/^~(\d+)\s+/u);
    const gap = gapMatch ? Number(gapMatch[1]) : 0;
    const body = gapMatch ? step.slice(gapMatch[0].length) : step;
    return { keys: new Set(body.split("|").map(alternativeKey)), gap };
  });
}
