// How long something lasts: «زيارة تستغرق يومين», «هدنة لمدة ثلاثة أيام», «تستمر أسبوعا». Not a
// date by itself: the extractor stretches an event's own start day by it.
import { numberAt } from "../text/numbers";
import type { Token } from "../text/tokens";
import { DURATION_LEADS, DURATION_UNITS } from "./lexicon";
import { wordAt } from "./parts";

export interface Duration {
  start: number;
  end: number;
  words: string;
  days: number;
  /** Token index of the lead word («تستغرق», «لمدة»). */
  firstToken: number;
}

const DAYS_PER = { day: 1, week: 7 } as const;

/** Durations in days (a day or a week unit; months and years are no stretch of a dated event). */
export function findDurations(text: string, tokens: Token[]): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // «على مدى يومين» as well as «لمدة يومين», «تستغرق يومين».
    const over = wordAt(tokens, i, true) === "علي" && wordAt(tokens, i + 1) === "مدي";
    if (!over && !DURATION_LEADS.has(wordAt(tokens, i, true) ?? "")) continue;
    const j = over ? i + 2 : i + 1;
    const n = numberAt(tokens, j);
    const unitIndex = n ? n.last + 1 : j;
    const unit = DURATION_UNITS.get(wordAt(tokens, unitIndex) ?? "");
    if (!unit || (unit.unit !== "day" && unit.unit !== "week")) continue;
    const count = n ? (unit.count === undefined || unit.count === 1 ? n.value : undefined) : unit.count;
    if (!count || count > 60) continue;
    const start = tokens[i]!.start;
    const end = tokens[unitIndex]!.end;
    out.push({ start, end, words: text.slice(start, end), days: count * DAYS_PER[unit.unit], firstToken: i });
    i = unitIndex;
  }
  return out;
}
