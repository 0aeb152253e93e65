import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { z } from "zod";
import { and, desc, eq } from "drizzle-orm";
import { tables } from "@waqai/db";
import { KINDS } from "@waqai/db/editorial";
import { EDITABLE_KINDS, FIELDS_BY_KIND, lookupKindOf, windowOfDates, type EditableKind, type Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";

/**
 * Property: an update writes exactly the fields its patch names. For random patches of every editable
 * kind, every field the patch does not name keeps its value, every named field takes the patched value,
 * and a refused patch changes nothing at all. The one documented exception: an event's window under basis
 * "date" follows its date and precision (computed here from the schema's rule, not the server's code). Runs on PGlite, and on PostgreSQL under TEST_DATABASE_URL.
 */

let tdb: TestDb;
const as = (role: Role = "editor") =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: `u-${role}`, email: `${role}@example.org`, role } }));
type Caller = ReturnType<typeof as>;
type Fields = Record<string, unknown>;

/** Records the patched id fields may point at, by the kind of record a field points at. */
const pool: Record<string, string[]> = {};
// A dyad is no picker's kind (dyads come with the dataset), but a patch may still move an event to another one.
const idsFor = (kind: EditableKind, field: string): string[] => pool[field === "dyadId" ? "dyad" : (lookupKindOf(kind, field) ?? "")] ?? [];

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

const DATE = fc.oneof(
  fc.constantFrom("2017", "2016", "2018"),
  fc.constantFrom("2017-04", "2011-03"),
  fc.constantFrom("2017-04-04", "2017-04-21", "2017-04-23", "2015-09-30"),
);
// Whole days, as a window's bounds are.
const DAY = fc.constantFrom("2017-04-20", "2017-04-21", "2017-04-23", "2016-01-01");
// Arabic and Latin words with the spaces and padding the schema trims.
const TEXT = fc.oneof(
  fc.constantFrom("غارة جوية", "  قصف مدفعي ", "اتصال هاتفي بين الوزيرين", "Air strike", "«أمس»", "خان شيخون"),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
);

/** A value for one field, read off its zod schema; names with a format of their own get one that fits it. */
function valueOf(kind: EditableKind, name: string, schema: z.ZodType): fc.Arbitrary<unknown> {
  let s = schema;
  let nullable = false;
  for (let d = defOf(s); ["optional", "nullable", "default"].includes(d.type); d = defOf(s)) {
    if (d.type === "nullable") nullable = true;
    s = d.innerType!;
  }
  const d = defOf(s);
  let value: fc.Arbitrary<unknown>;
  if (name.endsWith("Id")) value = fc.constantFrom(...idsFor(kind, name));
  else if (/Earliest$|Latest$/.test(name)) value = DAY;
  else if (/date|Date|Anchor$/.test(name)) value = DATE;
  else if (name === "country") value = fc.constantFrom("sy", "ru", "us", "ir");
  else if (name === "url") value = fc.constantFrom("https://example.org/a", "https://news.example/2017/04/23");
  else if (name === "lat") value = fc.double({ min: -90, max: 90, noNaN: true });
  else if (name === "lon") value = fc.double({ min: -180, max: 180, noNaN: true });
  else if (d.type === "enum") value = fc.constantFrom(...Object.values(d.entries ?? {}));
  else if (d.type === "number") value = fc.integer({ min: 1, max: 40 });
  else if (d.type === "boolean") value = fc.boolean();
  else if (d.type === "array") {
    const el = defOf(d.element!);
    value = el.type === "enum" ? fc.uniqueArray(fc.constantFrom(...Object.values(el.entries ?? {})), { maxLength: 3 }) : fc.array(TEXT, { maxLength: 3 });
  } else value = TEXT;
  return nullable ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
}

/** A patch of one to four fields of the kind, with values its schema accepts. */
function patchArbitrary(kind: EditableKind): fc.Arbitrary<Fields> {
  const shape = FIELDS_BY_KIND[kind].shape as Record<string, z.ZodType>;
  const fields = Object.fromEntries(Object.entries(shape).map(([name, s]) => [name, valueOf(kind, name, s)]));
  const names = Object.keys(fields);
  return fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 })
    .chain((chosen) => fc.record(Object.fromEntries(chosen.map((n) => [n, fields[n]!]))) as fc.Arbitrary<Fields>);
}

/** The window an event's date implies under basis "date", when the patch touches the date (the one derived field). */
function derivedWindow(kind: EditableKind, before: Fields, patch: Fields): Fields {
  if (kind !== "event") return {};
  const next = { ...before, ...patch };
  const touched = ["dateStart", "dateEnd", "timePrecision", "windowBasis"].some((k) => k in patch);
  if ((next.windowBasis ?? "date") !== "date" || !touched) return {};
  const start = next.timePrecision === "unknown" ? undefined : ((next.dateStart as string | null) ?? undefined);
  const w = windowOfDates(start, (next.dateEnd as string | null) ?? undefined);
  return { dateEarliest: w.earliest ?? null, dateLatest: w.latest ?? null };
}

type Edit = {
  get(i: { id: string }): Promise<{ version: number; status: string; fields: Fields }>;
  update(i: unknown): Promise<{ version: number; changed: string[] }>;
};
const editOf = (c: Caller, kind: EditableKind) => c.edit[kind] as unknown as Edit;

async function makeRecord(c: Caller, kind: EditableKind, n: number): Promise<string> {
  const e = c.edit;
  const name = `${kind} ${n}`;
  switch (kind) {
    case "document":
      return (await c.annotate.importDocument({ titleAr: `مقال ${n}`, text: `قصفت الطائرات أمس بلدة ${n} في ريف حلب.`, publishedDate: "2017-04-23" })).id;
    case "event":
      return (
        await e.event.create({
          type: "air_strike",
          titleAr: name,
          dateStart: "2017-04-22",
          timePrecision: "day",
          timeBasis: "stated",
          locationPrecision: "near",
          civilianTargeting: "yes",
          grading: "fair",
          clarity: "high",
        })
      ).id;
    case "actor":
      return (await e.actor.create({ kind: "state", nameAr: name, country: "sy" })).id;
    case "place":
      return (await e.place.create({ feature: "town", nameAr: name, lat: 36.2, lon: 37.1 })).id;
    case "dispute":
      return (await e.dispute.create({ kind: "interstate", titleAr: name, disputeStatus: "active" })).id;
    case "issue":
      return (await e.issue.create({ disputeId: pool.dispute![0]!, ordinal: 100 + n, titleAr: name, issueType: "military", issueStatus: "narrowing" })).id;
    case "position":
      return (await e.position.create({ issueId: pool.issue![0]!, actorId: pool.actor![0]!, stance: "opposes", statementAr: name, basis: "reported" })).id;
    case "conflict":
      return (await e.conflict.create({ titleAr: name, type: "intrastate", incompatibility: "government", conflictStatus: "active" })).id;
    case "claim":
      return (
        await e.claim.create({
          documentId: pool.document![0]!,
          claimantId: pool.actor![0]!,
          modality: "reported",
          confidence: "medium",
          statementAr: name,
          eventId: pool.event![0]!,
        })
      ).id;
  }
}

beforeAll(async () => {
  tdb = await openTestDb();
  const c = as();
  await tdb.db.insert(tables.outlets).values([
    { id: "out-one", nameAr: "وسيلة أولى", kind: "newspaper" },
    { id: "out-two", nameAr: "وسيلة ثانية", kind: "website" },
  ]);
  pool.outlet = ["out-one", "out-two"];
  // Referenced records first, in dependency order; two of each so a patch can move a reference.
  for (const kind of ["document", "actor", "place", "conflict", "event", "dispute", "issue", "position"] as const) {
    pool[kind] = [await makeRecord(c, kind, 1), await makeRecord(c, kind, 2)];
  }
  // A dyad of the first conflict (parties and dyads come with the dataset, not the editing contract).
  const conflictId = pool.conflict![0]!;
  await tdb.db.insert(tables.conflictParties).values([
    { conflictId, actorId: pool.actor![0]!, side: "a", role: "primary", ordinal: 1 },
    { conflictId, actorId: pool.actor![1]!, side: "b", role: "primary", ordinal: 2 },
  ]);
  await tdb.db.insert(tables.conflictDyads).values({ id: "dy-one", conflictId, sideAId: pool.actor![0]!, sideBId: pool.actor![1]!, ordinal: 1 });
  pool.dyad = ["dy-one"];
});
afterAll(async () => tdb?.dispose());

describe("an update writes exactly the fields its patch names", () => {
  // On a published record the same holds for its head (the pending changes readers do not see yet).
  const cases = EDITABLE_KINDS.flatMap((kind) => [[kind, "draft"] as const, [kind, "published"] as const]);
  it.each(cases)("%s (%s): random patches never change a field they do not name", async (kind, status) => {
    const c = as();
    const edit = editOf(c, kind);
    const id = await makeRecord(c, kind, 9);
    if (status === "published") {
      const { table } = KINDS[kind];
      await tdb.db.update(table).set({ status: "published" }).where(eq(table.id, id));
    }
    let written = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(patchArbitrary(kind), async (raw) => {
        const before = await edit.get({ id });
        // What the patch means: the fields it names, each as its own schema reads it (trimmed); nothing else.
        const shape = FIELDS_BY_KIND[kind].shape as Record<string, z.ZodType>;
        const named: Fields = Object.fromEntries(Object.keys(raw).map((k) => [k, shape[k]!.parse(raw[k])]));
        const parsed: Fields = { ...named, ...derivedWindow(kind, before.fields, named) };
        let result: { version: number; changed: string[] } | undefined;
        try {
          result = await edit.update({ id, baseVersion: before.version, patch: raw });
        } catch (err) {
          // Only the database's own rules may refuse a patch the schema accepted (a relative date without its anchor...).
          expect((err as { code?: string }).code).toBe("BAD_REQUEST");
        }
        const after = await edit.get({ id });
        expect(after.status).toBe(before.status);
        if (!result) {
          refused++;
          expect(after).toEqual(before);
          return;
        }
        written++;
        // In the schema's field order, as the revision summary names them.
        const differs = Object.keys(shape)
          .filter((k) => k in parsed)
          .filter((k) => JSON.stringify(parsed[k] ?? null) !== JSON.stringify(before.fields[k] ?? null));
        expect([...result.changed].sort()).toEqual([...differs].sort());
        expect(after.version).toBe(differs.length ? before.version + 1 : before.version);
        for (const [field, value] of Object.entries(after.fields)) {
          expect({ field, value }).toEqual({ field, value: field in parsed ? (parsed[field] ?? null) : before.fields[field] });
        }
        if (differs.length) {
          const [rev] = await tdb.db
            .select({ summary: tables.revisions.summary, version: tables.revisions.version })
            .from(tables.revisions)
            .where(and(eq(tables.revisions.entityKind, kind), eq(tables.revisions.entityId, id)))
            .orderBy(desc(tables.revisions.version))
            .limit(1);
          expect(rev).toEqual({ version: after.version, summary: `Edited ${differs.join(", ")}` });
        }
      }),
      { numRuns: 30, seed: Number(process.env.PATCH_SEED ?? 20261203) },
    );
    // The property is only worth something if most patches were written.
    expect(written).toBeGreaterThan(refused);
  });
});
