import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { loadSeeds, tables } from "@waqai/db";
import { appRouter, createCallerFactory, createContext, RULES } from "../src";
import { openTestDb, SEEDS_DIR, type TestDb } from "../../db/test/test-db";

/**
 * Standing fuzz: every procedure of the router, called by an admin (who may call all of them) with inputs
 * fast-check makes — arbitrary JSON, and valid-looking inputs with one field bent (NULs, lone surrogates,
 * huge or negative numbers, wrong types, prototype keys, long strings) — never answers a 500, and a refused
 * write writes nothing (the revision and audit counts stand still).
 */

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
});
afterAll(async () => tdb?.dispose());

const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures).sort();
const typeOf = (path: string) =>
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures[path]!._def.type;
// Ids that exist in the seed, so a bent input reaches past "not found" into the procedure.
const IDS = ["ev-darat-izza-strikes", "pl-aleppo", "act-ru", "doc-068320e3f5882409", "dsp-us-russia", "iss-1", "cit-nope", "ev-nope"];

const BENT: unknown[] = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFF",
  "'; drop table events; --",
  "%",
  "_\\",
  "",
  " ",
  "𓂀".repeat(300),
  "ا".repeat(5000),
  -1,
  0,
  2 ** 31,
  -(2 ** 53),
  1e308,
  0.5,
  true,
  null,
  [],
  {},
  [null],
  { constructor: { prototype: { x: 1 } } },
  ...IDS,
];
const nasty = fc.oneof(fc.constantFrom(...BENT), fc.string({ maxLength: 40 }));

/** A valid-looking input: keys the procedures use, each given a value that may be right or wrong. */
const shaped = fc.dictionary(
  fc.constantFrom(
    "id",
    "q",
    "limit",
    "cursor",
    "kind",
    "baseVersion",
    "patch",
    "status",
    "type",
    "from",
    "to",
    "documentId",
    "start",
    "end",
    "target",
    "eventId",
    "figureId",
    "version",
    "updatedSince",
    "since",
    "refs",
    "key",
    "lexiconId",
    "constructor",
    "__proto__",
  ),
  fc.oneof(nasty, fc.dictionary(fc.constantFrom("titleAr", "kind", "id", "placeId", "role"), nasty, { maxKeys: 3 })),
  { maxKeys: 6 },
);
const input = fc.oneof(
  { arbitrary: shaped, weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

async function counts() {
  const [r] = await tdb.db.select({ n: count() }).from(tables.revisions);
  const [a] = await tdb.db.select({ n: count() }).from(tables.auditLog);
  return { revisions: r!.n, audit: a!.n };
}

describe("fuzzing every procedure", () => {
  it("covers every procedure the access rules name", () => {
    expect(procedures.filter((p) => !(p in RULES))).toEqual([]);
  });

  it("answers every fuzzed input without a 500; a refused mutation writes nothing", async () => {
    const admin = createCallerFactory(appRouter)(
      createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: "u-fuzz-admin", email: "fuzz@example.org", role: "admin" } }),
    );
    const failures: string[] = [];
    let calls = 0;
    const runs = Number(process.env.FUZZ_RUNS ?? 25);
    for (const path of procedures) {
      const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], admin) as (i: unknown) => Promise<unknown>;
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          calls++;
          const before = typeOf(path) === "mutation" ? await counts() : null;
          try {
            await fn(raw);
          } catch (err) {
            const code = err instanceof TRPCError ? err.code : "THROWN";
            if (code === "INTERNAL_SERVER_ERROR" || code === "THROWN") {
              failures.push(`${path} ${JSON.stringify(raw)?.slice(0, 200)} -> ${code}: ${(err as Error).message.slice(0, 160)}`);
            } else if (before) {
              const after = await counts();
              // A refusal before the write leaves both logs as they were (an audit row of a refusal is not a write).
              if (after.revisions !== before.revisions)
                failures.push(`${path} ${JSON.stringify(raw)?.slice(0, 200)} -> refused (${code}) yet wrote ${after.revisions - before.revisions} revisions`);
            }
          }
        }),
        { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 4) },
      );
    }
    console.log(`fuzz: ${calls} random inputs over ${procedures.length} procedures, ${failures.length} 5xx or partial writes`);
    expect(failures).toEqual([]);
  }, 600_000);

  it("bends every field of every procedure's input one at a time: never a 500", async () => {
    const admin = createCallerFactory(appRouter)(
      createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: "u-fuzz-admin", email: "fuzz@example.org", role: "admin" } }),
    );
    const failures: string[] = [];
    let calls = 0;
    for (const path of procedures) {
      const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], admin) as (i: unknown) => Promise<unknown>;
      // The fields the procedure's own zod input names (an object schema's shape), each given every bent value.
      const schema = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { inputs: { shape?: Record<string, unknown> }[] } }> } })._def
        .procedures[path]!._def.inputs[0];
      for (const key of Object.keys(schema?.shape ?? {})) {
        for (const value of BENT) {
          calls++;
          try {
            await fn({ [key]: value });
          } catch (err) {
            const code = err instanceof TRPCError ? err.code : "THROWN";
            if (code === "INTERNAL_SERVER_ERROR" || code === "THROWN")
              failures.push(`${path} {${key}: ${JSON.stringify(value)?.slice(0, 40)}} -> ${code}: ${(err as Error).message.slice(0, 120)}`);
          }
        }
      }
    }
    console.log(`fuzz: ${calls} one-field inputs, ${failures.length} 5xx`);
    expect(failures).toEqual([]);
  }, 600_000);
});
