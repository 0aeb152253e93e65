import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { OFFSET_UNIT, SeedAnnotation } from "@waqai/schema";
import { canonicalize } from "@waqai/arabic";
import type { Db } from "../client";
import * as t from "../tables";
import { sha256 } from "../hash";
import { DATASET_FORMAT, DATASET_KINDS, DATASET_VERSION, type DatasetKind } from "../export/dataset";
import { importDataset } from "../export/import";

export { sha256 };

export const QUOTE_CONTEXT = 32;

export class SeedError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = "SeedError";
  }
}

export interface SeedFile {
  annotationFile: string;
  textFile: string;
}

/** Each `<name>.annotation.json` in seeds/ annotates `<name>.txt` (or its document.sourceFile). */
export function findSeedFiles(seedsDir: string): SeedFile[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".annotation.json"))
    .sort()
    .map((f) => {
      const annotationFile = path.join(seedsDir, f);
      const raw = JSON.parse(readFileSync(annotationFile, "utf8")) as { document?: { sourceFile?: string } };
      const textFile = path.join(seedsDir, raw.document?.sourceFile ?? f.replace(/\.annotation\.json$/, ".txt"));
      return { annotationFile, textFile };
    });
}

/**
 * Canonical text (@waqai/arabic canonicalize: NFC, invisible and bidi controls dropped, line endings
 * unified), once, before any offset exists. The file on disk stays byte for byte.
 */
export function canonicalText(raw: string): string {
  return canonicalize(raw).text;
}

export interface SeedResult {
  file: string;
  documentId: string;
  counts: Record<string, number>;
}

interface ReadSeed {
  name: string;
  annotation: SeedAnnotation;
  text: string;
  hash: string;
  sourceFile: string;
}

/** Reads one annotated article and proves every quote against the canonical text before anything is written. */
function readSeed(file: SeedFile): ReadSeed {
  const name = path.basename(file.annotationFile);
  const parsed = SeedAnnotation.safeParse(JSON.parse(readFileSync(file.annotationFile, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new SeedError(name, `does not match the schema: ${first.join("; ")}`);
  }
  const text = canonicalText(readFileSync(file.textFile, "utf8"));
  for (const c of parsed.data.citations) {
    const found = text.slice(c.start, c.end);
    if (found !== c.exact) throw new SeedError(name, `citation ${c.id} quotes «${c.exact}» but the text at ${c.start}-${c.end} is «${found}»`);
  }
  return { name, annotation: parsed.data, text, hash: sha256(text), sourceFile: path.basename(file.textFile) };
}

/**
 * The seeds as one dataset file (see export/dataset.ts): every record at version 1, kinds in the dataset's
 * order. A record that two seeds share (an actor, a place) must be the same in both: the first is kept and
 * a differing second is refused by name, so no seed silently rewrites another's reading.
 */
function* seedDataset(seeds: ReadSeed[], at: string): Generator<string> {
  const editorial = { version: 1, createdAt: at, updatedAt: at };
  const byKind = new Map<DatasetKind, Map<string, { from: string; record: unknown }>>(DATASET_KINDS.map((k) => [k, new Map()]));
  const add = (kind: DatasetKind, key: string, record: unknown, from: string) => {
    const seen = byKind.get(kind)!;
    const before = seen.get(key);
    if (before && JSON.stringify(before.record) !== JSON.stringify(record))
      throw new SeedError(from, `${kind} ${key} differs from the one in ${before.from}; a record shared by two seeds must be the same in both`);
    if (!before) seen.set(key, { from, record });
  };
  for (const s of seeds) {
    const a = s.annotation;
    for (const o of a.outlets) add("outlet", o.id, o, s.name);
    add(
      "document",
      a.document.id,
      { ...a.document, sourceFile: s.sourceFile, text: s.text, textHash: s.hash, length: s.text.length, offsetUnit: OFFSET_UNIT, ...editorial },
      s.name,
    );
    for (const p of a.places) add("place", p.id, { ...p, ...editorial }, s.name);
    for (const x of a.actors) add("actor", x.id, { ...x, ...editorial }, s.name);
    for (const c of a.conflicts) add("conflict", c.id, { ...c, ...editorial }, s.name);
    for (const e of a.events) add("event", e.id, { ...e, ...editorial }, s.name);
    for (const d of a.disputes) add("dispute", d.id, { ...d, ...editorial }, s.name);
    for (const i of a.issues) add("issue", i.id, { ...i, ...editorial }, s.name);
    for (const p of a.positions) add("position", p.id, { ...p, ...editorial }, s.name);
    for (const c of a.claims) add("claim", c.id, { ...c, ...editorial }, s.name);
    for (const l of a.eventIssueLinks) add("eventIssueLink", JSON.stringify(l), l, s.name);
    for (const c of a.citations)
      add(
        "citation",
        c.id,
        {
          ...c,
          documentId: a.document.id,
          documentHash: s.hash,
          unit: OFFSET_UNIT,
          prefix: s.text.slice(Math.max(0, c.start - QUOTE_CONTEXT), c.start),
          suffix: s.text.slice(c.end, c.end + QUOTE_CONTEXT),
        },
        s.name,
      );
  }
  const counts = Object.fromEntries(DATASET_KINDS.map((k) => [k, byKind.get(k)!.size]));
  yield JSON.stringify({ format: DATASET_FORMAT, version: DATASET_VERSION, scope: ["seeds"] });
  for (const kind of DATASET_KINDS) for (const { record } of byKind.get(kind)!.values()) yield JSON.stringify({ kind, record });
  yield JSON.stringify({ kind: "end", counts });
}

/** A synchronous iterator as the async one the import pulls from. */
function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: () => Promise.resolve(it.next()) };
}

/** How many records of each kind one seed brings (its own count, even of records another seed shares). */
function seedCounts(a: SeedAnnotation): Record<string, number> {
  return {
    outlets: a.outlets.length,
    documents: 1,
    places: a.places.length,
    actors: a.actors.length,
    conflicts: a.conflicts.length,
    events: a.events.length,
    quantities: a.events.reduce((n, e) => n + e.quantities.length, 0),
    disputes: a.disputes.length,
    issues: a.issues.length,
    positions: a.positions.length,
    claims: a.claims.length,
    eventIssueLinks: a.eventIssueLinks.length,
    citations: a.citations.length,
  };
}

/**
 * Loads every annotated article in seeds/ through the dataset import (one mapping from record to row, one
 * transaction, every quote proved, version 1 of each record in its history). Seeds fill an empty archive
 * only: once it holds a document it is the editors', so loading twice equals loading once and an editor's
 * later changes to seeded records are never overwritten.
 */
export async function loadSeeds(db: Db, seedsDir: string): Promise<SeedResult[]> {
  const seeds = findSeedFiles(seedsDir).map(readSeed);
  const [held] = await db.select({ n: count() }).from(t.documents);
  const empty = (held?.n ?? 0) === 0;
  if (empty && seeds.length) {
    // The import reads any iterable of lines; the seeds' is built in memory (a few records per article).
    const lines = seedDataset(seeds, new Date().toISOString());
    await importDataset(db, { lines: { [Symbol.asyncIterator]: () => toAsync(lines) }, source: "seeds/", author: "seed", reindex: false });
  }
  return seeds.map((s) => ({
    file: s.name,
    documentId: s.annotation.document.id,
    counts: empty ? seedCounts(s.annotation) : Object.fromEntries(Object.keys(seedCounts(s.annotation)).map((k) => [k, 0])),
  }));
}
