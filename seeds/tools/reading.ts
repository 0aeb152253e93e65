/**
 * Turns a curated reading (`seeds/<name>.reading.json`: every record as data, every citation as a quote)
 * into the annotation the loader reads (`seeds/<name>.annotation.json`: citations with UTF-16 offsets).
 * Pure: the text and the reading in, the annotation out; tests/seed-reading.test.ts proves the committed
 * annotation is exactly what this builds from the committed reading.
 */
import { SeedAnnotation, SeedReading } from "../../packages/schema/src/index";
import type { CitationTargetKind, SeedCitation, SeedQuote } from "../../packages/schema/src/index";

const KIND_BY_PREFIX: Record<string, CitationTargetKind> = {
  ev: "event",
  q: "quantity",
  cl: "claim",
  pos: "position",
  dsp: "dispute",
  iss: "issue",
  act: "actor",
  pl: "place",
  doc: "document",
  cf: "conflict",
};

/** Citations are kept in text order; at one span, the broader record first. */
const KIND_ORDER: CitationTargetKind[] = ["document", "conflict", "dispute", "issue", "event", "quantity", "claim", "position", "actor", "place"];

function kindOf(id: string): CitationTargetKind {
  const kind = KIND_BY_PREFIX[id.split("-")[0] ?? ""];
  if (!kind) throw new Error(`cannot tell the target kind of id "${id}" (known prefixes: ${Object.keys(KIND_BY_PREFIX).join(", ")})`);
  return kind;
}

function indexesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Where a quote is in the text: exactly one place, or the error says why not. */
export function locate(text: string, q: Pick<SeedQuote, "quote" | "within" | "occurrence">): { start: number; end: number } {
  if (q.quote !== q.quote.trim()) throw new Error(`quote «${q.quote}» has surrounding whitespace`);
  let base = 0;
  let hay = text;
  if (q.within !== undefined) {
    const ctx = indexesOf(text, q.within);
    if (ctx.length !== 1) throw new Error(`context «${q.within}» occurs ${ctx.length} times (need exactly 1)`);
    base = ctx[0]!;
    hay = q.within;
  }
  const hits = indexesOf(hay, q.quote);
  if (hits.length === 0) throw new Error(`quote «${q.quote}» not found${q.within ? ` in «${q.within}»` : ""}`);
  let at: number;
  if (q.occurrence === undefined) {
    if (hits.length > 1) throw new Error(`quote «${q.quote}» is ambiguous (${hits.length} hits); give within or occurrence`);
    at = hits[0]!;
  } else {
    if (q.occurrence >= hits.length) throw new Error(`quote «${q.quote}» has no occurrence ${q.occurrence}`);
    at = hits[q.occurrence]!;
  }
  const start = base + at;
  return { start, end: start + q.quote.length };
}

/** The annotation of `text` that `reading` describes, validated by SeedAnnotation. */
export function buildAnnotation(reading: unknown, text: string): SeedAnnotation {
  if (text !== text.normalize("NFC")) throw new Error("the seed text is not NFC");
  const r = SeedReading.parse(reading);
  const citations: SeedCitation[] = [];
  const perTarget = new Map<string, number>();
  for (const q of r.citations) {
    const { start, end } = locate(text, q);
    for (const id of q.targets) {
      const n = (perTarget.get(id) ?? 0) + 1;
      perTarget.set(id, n);
      if (citations.some((c) => c.start === start && c.end === end && c.role === q.role && c.target.id === id))
        throw new Error(`duplicate citation of «${q.quote}» (${q.role}) for ${id}`);
      citations.push({ id: `cit-${id}-${n}`, start, end, exact: text.slice(start, end), role: q.role, target: { kind: kindOf(id), id }, ...(q.note ? { note: q.note } : {}) });
    }
  }
  citations.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || KIND_ORDER.indexOf(a.target.kind) - KIND_ORDER.indexOf(b.target.kind) || a.id.localeCompare(b.id),
  );
  return SeedAnnotation.parse({ ...r, citations });
}
