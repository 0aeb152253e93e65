// One function decides what a token is indexed under and what a query token looks up, so the
// two sides can never drift apart.
import { normalize } from "./normalize";
import { lightStem } from "./stemmer";
import { foldVariants } from "./variants";

/**
 * Keys of one token, most exact first: the normalized form, its Lucene light stem, the
 * variant-folded form and its stem (duplicates removed). Index every key; a query token matches
 * a document token when they share a key, and a shared first key ranks as an exact hit.
 */
export function searchKeys(token: string): string[] {
  const norm = normalize(token);
  if (!norm) return [];
  const folded = foldVariants(norm);
  return [...new Set([norm, lightStem(norm), folded, lightStem(folded)])];
}

/** True when two tokens share a search key («بالغارات» ~ «غارة», «والكيميائية» ~ «الكيماوية»). */
export function tokensMatch(a: string, b: string): boolean {
  const keys = new Set(searchKeys(a));
  return searchKeys(b).some((k) => keys.has(k));
}

/** The single recall key used by the lexicons: the stem of the variant-folded form. */
export function stemKey(token: string): string {
  return lightStem(foldVariants(normalize(token)));
}
