import { splitSentences } from "@waqai/arabic";
import { EVENT_TAXONOMY, type EventType } from "@waqai/schema";
import { indexKeys } from "./keys";

export type SearchKindName = "event" | "dispute" | "issue" | "actor" | "place" | "document" | "conflict";

export interface EntryRow {
  kind: SearchKindName;
  entityId: string;
  field: string;
  weight: number;
  status: string;
  documentId: string | null;
  offset: number;
  content: string;
  keys: string;
}

/** Field weights: names and titles first, then summaries, then the text around (context, sentences). */
export const WEIGHTS = { title: 1, name: 1, summary: 0.6, sentence: 0.5, context: 0.3, all: 0.2 } as const;

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" · ");

export function entry(
  kind: SearchKindName,
  entityId: string,
  field: string,
  weight: number,
  status: string,
  content: string,
  extra: Partial<EntryRow> = {},
): EntryRow | null {
  const keys = indexKeys(content);
  if (!keys) return null;
  return { kind, entityId, field, weight, status, documentId: null, offset: 0, content, keys, ...extra };
}

export interface EventForIndex {
  id: string;
  type: string;
  status: string;
  titleAr: string;
  titleEn: string | null;
  summaryAr: string | null;
  summaryEn: string | null;
  /** Names and variants of the event's place and participants: lets «Khan Sheikhoun» or «Lavrov» find it. */
  contextNames: string[];
}

export function eventEntries(e: EventForIndex): EntryRow[] {
  const label = EVENT_TAXONOMY[e.type as EventType]?.label;
  return [
    entry("event", e.id, "title", WEIGHTS.title, e.status, join(e.titleAr, e.titleEn)),
    entry("event", e.id, "summary", WEIGHTS.summary, e.status, join(e.summaryAr, e.summaryEn)),
    entry("event", e.id, "context", WEIGHTS.context, e.status, join(label?.ar, label?.en, ...e.contextNames)),
    // Every field together, so a query whose words fall in different fields («Darat Izza» + «غارة») still finds it.
    entry("event", e.id, "all", WEIGHTS.all, e.status, join(e.titleAr, e.titleEn, e.summaryAr, e.summaryEn, label?.ar, label?.en, ...e.contextNames)),
  ].filter((x): x is EntryRow => x !== null);
}

export function namedEntries(kind: "actor" | "place", id: string, status: string, nameAr: string, nameEn: string | null, variants: string[]): EntryRow[] {
  const e = entry(kind, id, "name", WEIGHTS.name, status, join(nameAr, nameEn, ...variants));
  return e ? [e] : [];
}

/** A document is indexed sentence by sentence, so a hit points at a passage and its offset. */
export function documentEntries(id: string, status: string, title: string | null, text: string): EntryRow[] {
  const rows: (EntryRow | null)[] = [title ? entry("document", id, "title", WEIGHTS.title * 0.8, status, title, { documentId: id }) : null];
  for (const s of splitSentences(text)) {
    const content = text.slice(s.start, s.end);
    rows.push(entry("document", id, `sentence:${s.start}`, WEIGHTS.sentence, status, content, { documentId: id, offset: s.start }));
  }
  return rows.filter((x): x is EntryRow => x !== null);
}
