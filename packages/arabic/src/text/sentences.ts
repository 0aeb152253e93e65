// Sentence spans for citation and extraction. Real pages lose their layout: headings run into the
// next sentence and sidebars arrive as one unpunctuated line, so the splitter has to recover both.
import { headingPrefix, splitList } from "./structure";
import { isWordLike, tokenize, type Token } from "./tokens";

export type SegmentKind = "sentence" | "heading" | "list_item";

export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
  text: string;
}

const TERMINATORS = new Set([".", "!", "?", "؟", "…", "۔"]);
const CLOSERS = new Set(["»", "”", '"', "'", ")", "]", "›", "’"]);
const LATIN_ABBREVIATIONS = new Set(["mr", "mrs", "dr", "st", "no", "vs", "prof", "gen", "col", "lt", "sgt", "jr", "sr"]);

/** A full stop that does not end a sentence: decimals and dates (08.04.2017), initials (د. / U.S.). */
function isFalseStop(text: string, i: number, tokens: Token[], tokenAt: Map<number, number>): boolean {
  if (text[i] !== ".") return false;
  if (/\p{Nd}/u.test(text[i - 1] ?? "") && /\p{Nd}/u.test(text[i + 1] ?? "")) return true;
  const ti = tokenAt.get(i);
  const prev = ti !== undefined ? tokens[ti - 1] : undefined;
  if (!prev || prev.end !== i) return false;
  if (prev.kind === "word" || prev.kind === "latin") {
    if ([...prev.norm].length === 1) return true;
    if (prev.kind === "latin" && LATIN_ABBREVIATIONS.has(prev.norm)) return true;
  }
  return false;
}

/** [start, end) ranges of hard segments: lines, then terminators within each line. */
function hardSegments(text: string, tokens: Token[]): Array<[number, number, boolean]> {
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, k) => tokenAt.set(t.start, k));
  const out: Array<[number, number, boolean]> = [];
  let lineStart = 0;
  const lines = text.split("\n");
  for (const line of lines) {
    let segStart = lineStart;
    for (let i = lineStart; i < lineStart + line.length; i++) {
      if (!TERMINATORS.has(text[i]!) || isFalseStop(text, i, tokens, tokenAt)) continue;
      let end = i + 1;
      while (end < lineStart + line.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
      out.push([segStart, end, segStart === lineStart && end === lineStart + line.length]);
      segStart = end;
      i = end - 1;
    }
    if (segStart < lineStart + line.length) out.push([segStart, lineStart + line.length, segStart === lineStart]);
    lineStart += line.length + 1;
  }
  return out;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Sentences, headings and list items, in order, trimmed, never overlapping. A heading is a short
 * line without a final stop followed by more text, or a short phrase between a sentence end and a
 * verb-initial sentence; an unpunctuated line of verbless noun phrases is split into list items.
 */
export function splitSentences(text: string): Segment[] {
  const tokens = tokenize(text);
  const segments: Segment[] = [];
  const push = (s: number, e: number, kind: SegmentKind) => {
    const [a, b] = trimmed(text, s, e);
    if (b > a) segments.push({ start: a, end: b, kind, text: text.slice(a, b) });
  };
  const hard = hardSegments(text, tokens);
  hard.forEach(([s, e, wholeLine], k) => {
    const [a, b] = trimmed(text, s, e);
    if (b <= a) return;
    const segTokens = tokens.filter((t) => t.start >= a && t.end <= b);
    const words = segTokens.filter(isWordLike);
    const endsWithStop = TERMINATORS.has(text[b - 1]!) || (CLOSERS.has(text[b - 1]!) && TERMINATORS.has(text[b - 2] ?? ""));
    const hasMore = hard.slice(k + 1).some(([x, y]) => text.slice(x, y).trim() !== "");
    if (wholeLine) {
      const list = splitList(text, segTokens);
      if (list) {
        if (list.heading) push(list.heading[0], list.heading[1], "heading");
        for (const [x, y] of list.items) push(x, y, "list_item");
        return;
      }
      if (!endsWithStop && hasMore && words.length <= 8) return push(a, b, "heading");
    }
    const heading = headingPrefix(text, segTokens);
    if (heading !== undefined) {
      push(a, heading, "heading");
      return push(heading, b, "sentence");
    }
    push(a, b, "sentence");
  });
  return segments;
}
