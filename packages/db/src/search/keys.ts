import { normalize, searchKeys, tokenize } from "@waqai/arabic";

// The only place that turns text into search keys, for the index and for queries alike.

const SAFE_KEY = /^[\p{L}\p{N}]+$/u;

/** Particles dropped from queries (not from the index): «غارات في حلب» must not require «في». */
const QUERY_STOPWORDS = new Set(
  "في من إلى الى على عن مع حول ضد عند لدى نحو منذ خلال بعد قبل بين تحت فوق حتى أن إن ثم أو أم بل لا لم لن ما هل كما فيما قد و ف ب ل ك the of in on at to and a an for by"
    .split(" ")
    .map((w) => normalize(w)),
);

export interface KeyedToken {
  start: number;
  end: number;
  keys: string[];
}

/**
 * The light stemmer strips one prefix only, so «وبالغارات» stems to «بالغار», never «غار». A leading
 * conjunction (و/ف) is peeled first and the rest keyed too, on both the index and the query side.
 */
function tokenKeys(token: string): string[] {
  const keys = searchKeys(token);
  const norm = keys[0] ?? "";
  if ((norm.startsWith("و") || norm.startsWith("ف")) && norm.length >= 5) keys.push(...searchKeys(norm.slice(1)));
  return [...new Set(keys)].filter((k) => SAFE_KEY.test(k));
}

/** Word and number tokens of a text with their keys (canonical offsets kept for highlighting). */
export function keyedTokens(text: string): KeyedToken[] {
  const out: KeyedToken[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === "punct" || t.kind === "symbol") continue;
    const keys = tokenKeys(t.text);
    if (keys.length) out.push({ start: t.start, end: t.end, keys });
  }
  return out;
}

/** Space-separated keys of a text, as stored in search_entries.keys. */
export function indexKeys(text: string): string {
  return keyedTokens(text)
    .flatMap((t) => t.keys)
    .join(" ");
}

/**
 * Query terms: one key set per query word, particles dropped (unless the query is nothing but
 * particles). Every term must match (AND); any key of a term may match it (OR).
 */
export function queryTerms(q: string): string[][] {
  const tokens = tokenize(q).filter((t) => t.kind !== "punct" && t.kind !== "symbol");
  const content = tokens.filter((t) => !QUERY_STOPWORDS.has(normalize(t.text)));
  return (content.length ? content : tokens).map((t) => tokenKeys(t.text)).filter((keys) => keys.length > 0);
}

/** `(k1 | k2) & (k3)` — safe to splice: keys are letters and digits only (SAFE_KEY). */
export function toTsQuery(terms: string[][]): string {
  return terms.map((keys) => `(${keys.join(" | ")})`).join(" & ");
}
