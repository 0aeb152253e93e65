import { count, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import {
  Actor,
  Citation,
  Conflict,
  Claim,
  DisputeBase,
  DisputeIssue,
  DisputeParty,
  Document,
  Editorial,
  EventIssueLink,
  Event,
  Outlet,
  Place,
  Position,
} from "@waqai/schema";
import { withTx, type Db } from "../client";
import * as t from "../tables";
import { sha256 } from "../hash";
import { eventPartRows, eventRow } from "../mapping/events";
import { actorRow, claimRow, documentRow, outletRow, placeRow } from "../mapping/entities";
import { disputePartyRows, disputeRow, issueRow, linkRow, positionRow } from "../mapping/disputes";
import { citationRow } from "../mapping/citations";
import { conflictPartRows, conflictRow } from "../mapping/conflicts";
import { reindexSearch } from "../search";
import { DATASET_FORMAT, DATASET_KINDS, DATASET_VERSION, type DatasetKind } from "./dataset";

/**
 * Validation of each dataset line: the domain schemas (the same ones as /api/v1/schema.json), except that a
 * dispute may have fewer than two exported parties (a party still in draft is left out of an export).
 * Values are validated here but stored exactly as written (no trimming), so a second export is identical.
 */
const RECORD_SCHEMA = {
  outlet: Outlet,
  document: Document,
  place: Place,
  actor: Actor,
  conflict: Conflict,
  event: Event,
  dispute: DisputeBase.extend({ parties: z.array(DisputeParty) }).and(Editorial),
  issue: DisputeIssue,
  position: Position,
  claim: Claim,
  eventIssueLink: EventIssueLink,
  citation: Citation,
} satisfies Record<DatasetKind, z.ZodType>;

/** A dataset line's record once its schema has accepted it, as written in the file (before any transform). */
type DatasetRecord<K extends DatasetKind> = z.input<(typeof RECORD_SCHEMA)[K]>;

export class DatasetImportError extends Error {
  constructor(
    readonly line: number,
    readonly record: string | undefined,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(`line ${line}${record ? ` (${record})` : ""}${field ? `, field ${field}` : ""}: ${detail}`);
    this.name = "DatasetImportError";
  }
}

export interface ImportOptions {
  /** Named in the revisions' summary ("Imported from <source>"). */
  source?: string;
  /** The author of the revisions the import writes (default "import"; the seed loader says "seed"). */
  author?: string;
  /** Rows per INSERT (documents use a fifth of it). */
  batchSize?: number;
  /** Called every `progressEvery` lines and once at the end. */
  onProgress?: (p: { line: number; counts: Record<string, number> }) => void;
  progressEvery?: number;
  /** Rebuild the search index for the imported records inside the same transaction (default true). */
  reindex?: boolean;
}

export interface ImportResult {
  lines: number;
  counts: Record<DatasetKind, number>;
}

type Row = Record<string, unknown>;
interface Pending {
  line: number;
  label: string;
  row: Row;
}

const ROWS: { [K in DatasetKind]: (r: DatasetRecord<K>) => Row } = {
  outlet: outletRow,
  document: documentRow,
  // Parents are set after the whole kind is in (a child may sort before its parent).
  place: (p) => ({ ...placeRow(p), parentId: null }),
  actor: (a) => ({ ...actorRow(a), parentId: null }),
  conflict: conflictRow,
  event: eventRow,
  dispute: disputeRow,
  issue: issueRow,
  position: positionRow,
  claim: claimRow,
  eventIssueLink: linkRow,
  citation: citationRow,
};

const TABLE: Record<DatasetKind, PgTable> = {
  outlet: t.outlets,
  document: t.documents,
  place: t.places,
  actor: t.actors,
  conflict: t.conflicts,
  event: t.events,
  dispute: t.disputes,
  issue: t.disputeIssues,
  position: t.positions,
  claim: t.claims,
  eventIssueLink: t.eventIssueLinks,
  citation: t.citations,
};

/** Kinds with a revision history (the editable kinds): the import writes their current version as one revision. */
const REVISED: Partial<Record<DatasetKind, string>> = {
  document: "document",
  place: "place",
  actor: "actor",
  conflict: "conflict",
  event: "event",
  dispute: "dispute",
  issue: "issue",
  position: "position",
  claim: "claim",
};

function plain(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

function pgMessage(err: unknown): string {
  const e = err as { message?: string; detail?: string; cause?: { message?: string; detail?: string } };
  const inner = e.cause ?? e;
  return [inner.message, inner.detail].filter(Boolean).join(" — ") || String(err);
}

export interface DatasetImport extends ImportOptions {
  /** The export's lines, read one at a time (readLines over a file or standard input). */
  lines: AsyncIterable<string>;
}

/**
 * Loads a dataset export (see dataset.ts) into an EMPTY database, in one transaction: on any error nothing
 * is written, and the error names the line, the record and the field. Lines are read one at a time
 * and inserted in batches, so a large file is never held in memory (event relations and the parents of
 * places and actors are kept until their kind is complete: ids only).
 */
export async function importDataset(db: Db, { lines, ...opts }: DatasetImport): Promise<ImportResult> {
  const batchSize = opts.batchSize ?? 500;
  const every = opts.progressEvery ?? 1000;
  const summary = `Imported from ${opts.source ?? "a dataset export"}`;
  const counts = Object.fromEntries(DATASET_KINDS.map((k) => [k, 0])) as Record<DatasetKind, number>;
  let lineNo = 0;
  // Start iterating now, before the first await: a readline interface drops the lines it emits before its
  // async iterator exists (and the transaction's first queries take a moment).
  const iterator = lines[Symbol.asyncIterator]();
  const input: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };

  try {
    await runImport();
  } finally {
    await iterator.return?.(undefined); // close the file if the import stopped early
  }
  opts.onProgress?.({ line: lineNo, counts: { ...counts } });
  return { lines: lineNo, counts };

  async function runImport() {
    await withTx(db, async (tx) => {
      for (const [name, table] of [
        ["outlets", t.outlets],
        ["documents", t.documents],
        ["actors", t.actors],
        ["places", t.places],
        ["events", t.events],
      ] as const) {
        const [row] = await tx.select({ n: count() }).from(table);
        if ((row?.n ?? 0) > 0)
          throw new DatasetImportError(0, undefined, undefined, `the database is not empty (${row?.n} ${name}); a dataset loads into an empty database only`);
      }

      let header = false;
      let ended = false;
      let kindIndex = -1;
      let pending: Pending[] = [];
      let pendingKind: DatasetKind | undefined;
      const parents: { kind: "place" | "actor"; id: string; parentId: string; line: number }[] = [];
      const relations: { line: number; eventId: string; relatedEventId: string; relation: string }[] = [];
      const seenKeys = new Set<string>();

      /**
       * INSERT a batch in a savepoint; if it fails, retry its rows one by one (each in a savepoint that is
       * rolled back) to name the record that cannot be stored, then fail the import.
       */
      const insertBatch = async (table: PgTable, rows: Pending[], what: string, field?: string): Promise<Row[]> => {
        const saved: Row[] = [];
        for (let i = 0; i < rows.length; i += batchSize) {
          const chunk = rows.slice(i, i + batchSize);
          try {
            saved.push(
              ...((await withTx(tx, async (sp) =>
                sp
                  .insert(table)
                  .values(chunk.map((r) => r.row) as never)
                  .returning(),
              )) as Row[]),
            );
          } catch (err) {
            for (const r of chunk) {
              try {
                await withTx(tx, async (sp) => {
                  await sp.insert(table).values(r.row as never);
                  throw new RollbackProbe();
                });
              } catch (e) {
                if (e instanceof RollbackProbe) continue;
                throw new DatasetImportError(r.line, r.label, field, `${what} cannot be stored: ${pgMessage(e)}`);
              }
            }
            throw new DatasetImportError(chunk[0]!.line, undefined, field, `${what} records cannot be stored: ${pgMessage(err)}`);
          }
        }
        return saved;
      };

      const writeRevisions = async (kind: DatasetKind, rows: Row[]) => {
        const entityKind = REVISED[kind];
        if (!entityKind || rows.length === 0) return;
        const values = rows.map((r) => {
          const snap = { ...r };
          if (kind === "document") delete snap.text; // as the editorial snapshots do: the hash names the text
          return { entityKind, entityId: String(r.id), version: Number(r.version), snapshot: snap, author: opts.author ?? "import", action: "create", summary };
        });
        for (let i = 0; i < values.length; i += batchSize) await tx.insert(t.revisions).values(values.slice(i, i + batchSize));
      };

      /** A citation's quote must equal its document's text at its offsets, and name that text's hash. */
      const verifyCitations = async (rows: Pending[]) => {
        const docIds = [...new Set(rows.map((r) => r.row.documentId as string))];
        const docs = await tx
          .select({ id: t.documents.id, text: t.documents.text, textHash: t.documents.textHash })
          .from(t.documents)
          .where(inArray(t.documents.id, docIds));
        const byDoc = new Map(docs.map((d) => [d.id, d]));
        for (const r of rows) {
          const c = r.row as { documentId: string; startOffset: number; endOffset: number; exact: string; documentHash: string };
          const d = byDoc.get(c.documentId);
          if (!d) throw new DatasetImportError(r.line, r.label, "documentId", `names document ${c.documentId}, which is not in the file before it`);
          const found = d.text.slice(c.startOffset, c.endOffset);
          if (found !== c.exact)
            throw new DatasetImportError(
              r.line,
              r.label,
              "exact",
              `quotes «${c.exact}» but document ${d.id} has «${found}» at ${c.startOffset}-${c.endOffset}`,
            );
          if (c.documentHash !== d.textHash) throw new DatasetImportError(r.line, r.label, "documentHash", `is not the hash of document ${d.id}'s text`);
        }
      };

      const flush = async () => {
        const kind = pendingKind;
        const rows = pending;
        pending = [];
        if (!kind || rows.length === 0) return;
        if (kind === "event") {
          const side = (key: string) => rows.flatMap((r) => (r.row[key] as Row[]).map((x) => ({ line: r.line, label: r.label, row: x })));
          const parts = side("__participants");
          const figures = side("__quantities");
          const otherPlaces = side("__places");
          const snaps = new Map(rows.map((r) => [r.row.id as string, r.row.__snap as Row]));
          for (const r of rows) {
            delete r.row.__participants;
            delete r.row.__quantities;
            delete r.row.__places;
            delete r.row.__snap;
          }
          const saved = await insertBatch(t.events, rows, "event");
          await insertBatch(t.eventParticipants, parts, "event participant", "participants");
          await insertBatch(t.eventQuantities, figures, "event figure", "quantities");
          await insertBatch(t.eventPlaces, otherPlaces, "event place", "places");
          await writeRevisions(
            "event",
            saved.map((s) => ({ ...plain(s), ...snaps.get(s.id as string) })),
          );
        } else if (kind === "conflict") {
          const side = (key: string) => rows.flatMap((r) => (r.row[key] as Row[]).map((x) => ({ line: r.line, label: r.label, row: x })));
          const parties = side("__parties");
          const dyads = side("__dyads");
          for (const r of rows) {
            delete r.row.__parties;
            delete r.row.__dyads;
          }
          const saved = await insertBatch(t.conflicts, rows, "conflict");
          await insertBatch(t.conflictParties, parties, "conflict party", "parties");
          await insertBatch(t.conflictDyads, dyads, "conflict dyad", "dyads");
          await writeRevisions("conflict", saved.map(plain));
        } else if (kind === "dispute") {
          const parties = rows.flatMap((r) => (r.row.__parties as Row[]).map((p) => ({ line: r.line, label: r.label, row: p })));
          for (const r of rows) delete r.row.__parties;
          const saved = await insertBatch(t.disputes, rows, "dispute");
          await insertBatch(t.disputeParties, parties, "dispute party", "parties");
          await writeRevisions("dispute", saved.map(plain));
        } else {
          if (kind === "citation") await verifyCitations(rows);
          const saved = await insertBatch(TABLE[kind], rows, kind);
          await writeRevisions(kind, saved.map(plain));
        }
      };

      /** When a kind is complete: parents of places and actors, and event relations, now that every target exists. */
      const finishKind = async (kind: DatasetKind | undefined) => {
        await flush();
        if (kind === "place" || kind === "actor") {
          const table = kind === "place" ? t.places : t.actors;
          for (const p of parents.filter((x) => x.kind === kind)) {
            try {
              await withTx(tx, async (sp) => {
                await sp.execute(sql`update ${table} set parent_id = ${p.parentId} where id = ${p.id}`);
              });
            } catch (e) {
              throw new DatasetImportError(p.line, `${kind} ${p.id}`, "parentId", `cannot be stored: ${pgMessage(e)}`);
            }
          }
        }
        if (kind === "event" && relations.length) {
          const rows = relations.map((r) => ({
            line: r.line,
            label: `event ${r.eventId}`,
            row: { eventId: r.eventId, relatedEventId: r.relatedEventId, relation: r.relation },
          }));
          await insertBatch(t.eventRelations, rows, "event relation", "relations");
          relations.length = 0;
        }
      };

      for await (const raw of input) {
        lineNo++;
        const text = raw.replace(/\r$/, "");
        if (text.trim() === "") continue;
        if (ended) throw new DatasetImportError(lineNo, undefined, undefined, "content after the end line");
        let obj: unknown;
        try {
          obj = JSON.parse(text);
        } catch (err) {
          throw new DatasetImportError(lineNo, undefined, undefined, `not JSON: ${(err as Error).message}`);
        }
        if (!header) {
          const h = obj as { format?: unknown; version?: unknown };
          if (h?.format !== DATASET_FORMAT)
            throw new DatasetImportError(lineNo, undefined, "format", `the first line must be the header {"format":"${DATASET_FORMAT}",...}`);
          // Version 1 files have no conflicts and no event windows; they read as version 2 files without them.
          if (h.version !== DATASET_VERSION && h.version !== 1)
            throw new DatasetImportError(
              lineNo,
              undefined,
              "version",
              `dataset version ${String(h.version)} is not supported (this importer reads ${DATASET_VERSION})`,
            );
          header = true;
          continue;
        }
        const { kind, record } = (obj ?? {}) as { kind?: unknown; record?: unknown };
        if (kind === "end") {
          await finishKind(pendingKind);
          const expected = (obj as { counts?: Record<string, number> }).counts ?? {};
          for (const k of DATASET_KINDS) {
            if ((expected[k] ?? 0) !== counts[k])
              throw new DatasetImportError(
                lineNo,
                undefined,
                `counts.${k}`,
                `the end line announces ${expected[k] ?? 0} ${k} records but the file holds ${counts[k]}`,
              );
          }
          ended = true;
          continue;
        }
        const idx = DATASET_KINDS.indexOf(kind as DatasetKind);
        if (idx < 0)
          throw new DatasetImportError(lineNo, undefined, "kind", `unknown kind ${JSON.stringify(kind)} (expected one of ${DATASET_KINDS.join(", ")})`);
        if (idx < kindIndex)
          throw new DatasetImportError(lineNo, undefined, "kind", `${String(kind)} records must come before ${DATASET_KINDS[kindIndex]} records`);
        const k = kind as DatasetKind;
        const id = (record as { id?: unknown })?.id;
        const label = typeof id === "string" ? `${k} ${id}` : k;
        const parsed = RECORD_SCHEMA[k].safeParse(record);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new DatasetImportError(lineNo, label, issue.path.join(".") || undefined, issue.message);
        }
        if (idx !== kindIndex) {
          await finishKind(pendingKind);
          kindIndex = idx;
        }
        const key = k === "eventIssueLink" ? `${k}:${JSON.stringify(record)}` : `${k}:${String(id)}`;
        if (k !== "eventIssueLink" && k !== "citation" && k !== "outlet") {
          // Ids are unique per table; a repeated id is reported here rather than as a constraint name.
          if (seenKeys.has(key)) throw new DatasetImportError(lineNo, label, "id", "appears twice in the file");
          if (seenKeys.size < 2_000_000) seenKeys.add(key);
        }

        // The schema above accepted `record` for kind `k`; the pair is typed as the union of (kind, record).
        const line = { kind: k, record } as DatasetLine;
        const row = rowOf(line);
        switch (line.kind) {
          case "document": {
            const d = line.record;
            if (sha256(d.text) !== d.textHash) throw new DatasetImportError(lineNo, label, "textHash", "is not the SHA-256 of the text");
            if (d.text.length !== d.length)
              throw new DatasetImportError(lineNo, label, "length", `is ${d.length} but the text has ${d.text.length} UTF-16 units`);
            break;
          }
          case "place":
          case "actor": {
            const { id: childId, parentId } = line.record;
            if (parentId) parents.push({ kind: line.kind, id: childId, parentId, line: lineNo });
            break;
          }
          case "event":
            Object.assign(row, eventParts(line.record));
            for (const rel of line.record.relations ?? [])
              relations.push({ line: lineNo, eventId: line.record.id, relatedEventId: rel.eventId, relation: rel.type });
            break;
          case "dispute":
            row.__parties = disputePartyRows(line.record);
            break;
          case "conflict": {
            const { parties, dyads } = conflictPartRows(line.record);
            row.__parties = parties;
            row.__dyads = dyads;
            break;
          }
        }
        pending.push({ line: lineNo, label, row });
        pendingKind = k;
        counts[k]++;
        const limit = k === "document" ? Math.max(1, Math.floor(batchSize / 5)) : batchSize;
        if (pending.length >= limit) await flush();
        if (lineNo % every === 0) opts.onProgress?.({ line: lineNo, counts: { ...counts } });
      }
      if (!header) throw new DatasetImportError(lineNo, undefined, undefined, "the file is empty (no header line)");
      if (!ended) throw new DatasetImportError(lineNo, undefined, undefined, 'the file ends without its {"kind":"end",...} line: it is truncated');

      if (opts.reindex !== false) await reindexSearch(tx);
    });
  }
}

/** One accepted dataset line: its kind and its record, typed together. */
type DatasetLine = { [K in DatasetKind]: { kind: K; record: DatasetRecord<K> } }[DatasetKind];

function rowOf(line: DatasetLine): Row {
  // TypeScript cannot correlate ROWS[line.kind] with line.record across the union (microsoft/TypeScript#30581).
  return (ROWS[line.kind] as (r: DatasetLine["record"]) => Row)(line.record);
}

/** An event's participants and figures as child rows, plus the snapshot its first revision keeps. */
function eventParts(e: DatasetRecord<"event">): Row {
  const { participants, quantities, relations, places } = eventPartRows(e);
  return {
    __participants: participants,
    __quantities: quantities,
    __places: places,
    __snap: {
      places: places.map(({ placeId, role, noteAr, noteEn }) => ({ placeId, role, noteAr, noteEn })),
      figures: quantities.map((q) => ({ ...q })),
      participants: participants.map(({ actorId, role, attribution, noteAr, noteEn }) => ({ actorId, role, attribution, noteAr, noteEn })),
      relations: relations
        .map(({ relation, relatedEventId }) => ({ relation, relatedEventId }))
        .sort((a, b) => (a.relatedEventId + a.relation < b.relatedEventId + b.relation ? -1 : 1)),
    },
  };
}

class RollbackProbe extends Error {}

/**
 * Lines of a text stream (LF or CRLF), pulled: the stream is read only as fast as the import consumes,
 * so a large file is never buffered whole (readline's async iterator buffers ahead of a slow consumer).
 */
export async function* readLines(stream: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending: string[] = [];
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    if (parts.length === 1) {
      pending.push(text);
      continue;
    }
    parts[0] = pending.join("") + parts[0];
    pending = [parts.pop()!];
    yield* parts;
  }
  const rest = pending.join("") + decoder.decode();
  if (rest) yield rest;
}
