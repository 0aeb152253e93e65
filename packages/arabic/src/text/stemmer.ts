// Lucene's ArabicStemmer (org.apache.lucene.analysis.ar), rule for rule: light stemming for
// recall. It runs on normalized text, as in Lucene's analyzer chain; exact names keep an
// unstemmed key beside it (see searchKeys).

/** Prefixes in Lucene's order; only the first that matches is removed. */
export const STEM_PREFIXES = ["ال", "وال", "بال", "كال", "فال", "لل", "و"] as const;
/** Suffixes in Lucene's order; every one is tried in turn on the shrinking word. */
export const STEM_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"] as const;

function startsWithCheckLength(word: string, prefix: string): boolean {
  // Bare wa- needs a word of at least 4 letters; other prefixes must leave 2.
  if (prefix.length === 1 && word.length < 4) return false;
  if (word.length < prefix.length + 2) return false;
  return word.startsWith(prefix);
}

function endsWithCheckLength(word: string, suffix: string): boolean {
  // Every suffix must leave at least 2 letters.
  return word.length >= suffix.length + 2 && word.endsWith(suffix);
}

export function stemPrefix(word: string): string {
  for (const prefix of STEM_PREFIXES) if (startsWithCheckLength(word, prefix)) return word.slice(prefix.length);
  return word;
}

export function stemSuffix(word: string): string {
  let w = word;
  for (const suffix of STEM_SUFFIXES) if (endsWithCheckLength(w, suffix)) w = w.slice(0, w.length - suffix.length);
  return w;
}

/** Lucene's light stem of one (normalized) token: prefix first, then suffixes. */
export function lightStem(token: string): string {
  return stemSuffix(stemPrefix(token));
}
