// Longest-match lookup of multi-word names over normalized tokens, with the clitics Arabic glues
// to the first word («بريف حلب الغربي», «وكفريا», «للمعارضة»). Shared by places and actors.
import { cliticPeels } from "../text/function-words";
import { tokenize, type Token } from "../text/tokens";
import { foldVariants } from "../text/variants";

export type NameVia = "name" | "variant" | "metonym" | "adjective";

export interface LexiconName {
  id: string;
  surface: string;
  via: NameVia;
}

export interface LexiconMention {
  id: string;
  start: number;
  end: number;
  words: string;
  /** The lexicon form that matched. */
  form: string;
  via: NameVia;
  /** A clitic peeled off the first word («ب» in «بريف»), outside the span. */
  clitic?: string;
  /** Other ids sharing the same name, best first after `id`. */
  alternatives?: string[];
  confidence: number;
}

/** Name-internal forms folded further for lookup: the dual construct «ريفي حلب» is «ريف حلب». */
const KEY_FOLDS = new Map([["ريفي", "ريف"]]);
const HYPHENS = new Set(["-", "‐", "‑", "–", "'", "’"]);

export const tokenKey = (norm: string): string => {
  const folded = foldVariants(norm);
  return KEY_FOLDS.get(folded) ?? folded;
};

interface Node {
  next: Map<string, Node>;
  names: LexiconName[];
}

const newNode = (): Node => ({ next: new Map(), names: [] });

export class NameTrie {
  private root = newNode();

  add(name: LexiconName): void {
    const keys = tokenize(name.surface)
      .filter((t) => t.kind !== "punct")
      .map((t) => tokenKey(t.norm));
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = newNode()));
      node = child;
    }
    if (!node.names.some((n) => n.id === name.id)) node.names.push(name);
  }

  /** Names whose key sequence is exactly `keys`. */
  lookup(keys: string[]): LexiconName[] {
    let node: Node | undefined = this.root;
    for (const k of keys) node = node?.next.get(k);
    return node?.names ?? [];
  }

  /** Longest name starting at token i; the first word may carry a clitic. */
  matchAt(tokens: Token[], i: number): { names: LexiconName[]; endToken: number; cliticLength: number; keys: string[] } | undefined {
    let best: { names: LexiconName[]; endToken: number; cliticLength: number; keys: string[] } | undefined;
    const first = tokens[i]!;
    cliticPeels(first.norm).forEach(({ form, peeled: cliticLength }) => {
      let node = this.root.next.get(tokenKey(form));
      const keys = [tokenKey(form)];
      for (let j = i; node;) {
        if (node.names.length && (!best || j > best.endToken)) best = { names: node.names, endToken: j, cliticLength, keys: [...keys] };
        let k = j + 1;
        while (k < tokens.length && HYPHENS.has(tokens[k]!.text)) k++;
        const t = tokens[k];
        if (!t || t.kind === "punct") break;
        node = node.next.get(tokenKey(t.norm));
        keys.push(tokenKey(t.norm));
        j = k;
      }
    });
    return best;
  }
}

/** Canonical offset after the first `letters` normalized letters of a token (skipping marks). */
export function offsetAfterLetters(token: Token, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < token.text.length && seen < letters) {
    const ch = token.text[i]!;
    i++;
    if (!/\p{M}/u.test(ch) && ch !== "ـ") seen++;
  }
  while (i < token.text.length && /[\p{M}ـ]/u.test(token.text[i]!)) i++;
  return token.start + i;
}

export interface ScanOptions {
  /** Decide whether a match is kept and with which confidence (undefined drops it). */
  accept: (m: {
    names: LexiconName[];
    tokens: Token[];
    i: number;
    endToken: number;
    clitic: string;
  }) =>
    { name: LexiconName; confidence: number; /** The other acceptable ids, best first (default: every other id of the name). */ others?: string[] } | undefined;
}

/** Scan text left to right, taking the longest accepted name at each position. */
export function scanNames(text: string, trie: NameTrie, options: ScanOptions, tokens = tokenize(text)): LexiconMention[] {
  const out: LexiconMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === "punct" || tokens[i]!.kind === "symbol") continue;
    const m = trie.matchAt(tokens, i);
    if (!m) continue;
    const first = tokens[i]!;
    const clitic = first.norm.slice(0, m.cliticLength);
    const chosen = options.accept({ names: m.names, tokens, i, endToken: m.endToken, clitic });
    if (!chosen) continue;
    const start = m.cliticLength ? offsetAfterLetters(first, m.cliticLength) : first.start;
    const end = tokens[m.endToken]!.end;
    const alternatives = [...new Set(chosen.others ?? m.names.map((n) => n.id))].filter((id) => id !== chosen.name.id);
    out.push({
      id: chosen.name.id,
      start,
      end,
      words: text.slice(start, end),
      form: chosen.name.surface,
      via: chosen.name.via,
      ...(clitic ? { clitic } : {}),
      ...(alternatives.length ? { alternatives } : {}),
      confidence: chosen.confidence,
    });
    i = m.endToken;
  }
  return out;
}
