import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext, RULES, TIER_ROLES, type SessionUser, type TokenGrant, type TokenRefusal } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

type Who = "anonymous" | Role;
const WHO: Who[] = ["anonymous", "editor", "reviewer", "admin"];
const userFor = (who: Who): SessionUser | null => (who === "anonymous" ? null : { id: `u-${who}`, email: `${who}@example.org`, role: who });

/** Every procedure of the router, by dotted path, as tRPC itself records them. */
const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures).sort();

/** How a call arrives with an API token: the host resolved it to a user and scopes, or refused it. */
interface TokenCall {
  token?: TokenGrant;
  tokenRefused?: TokenRefusal;
}

/** Calls a procedure by path with an empty input: access is decided before the input is even read. */
async function outcome(path: string, who: Who, call: TokenCall = {}): Promise<"allowed" | "UNAUTHORIZED" | "FORBIDDEN"> {
  const caller = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: userFor(who), ...call }));
  const fn = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input?: unknown) => Promise<unknown>;
  try {
    await fn({});
    return "allowed";
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    if (err.code === "UNAUTHORIZED" || err.code === "FORBIDDEN") return err.code;
    return "allowed"; // got past the door (then refused the empty input, or found nothing)
  }
}

describe("authorization matrix: every procedure x every role", () => {
  it("has a rule for every procedure, and no rule for a procedure that does not exist", () => {
    expect(procedures.length).toBeGreaterThan(40);
    expect(procedures.filter((p) => !(p in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it("gives each role exactly what its rule says, anonymous included", async () => {
    const mismatches: string[] = [];
    for (const path of procedures) {
      const allowedRoles = TIER_ROLES[RULES[path] ?? "admin"];
      for (const who of WHO) {
        const expected =
          allowedRoles === null || (who !== "anonymous" && allowedRoles.includes(who)) ? "allowed" : who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
        const got = await outcome(path, who);
        if (got !== expected) mismatches.push(`${path} as ${who}: expected ${expected}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("every mutation needs a signed-in user", () => {
    const defs = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures;
    const openMutations = Object.entries(defs).filter(([p, d]) => d._def.type === "mutation" && RULES[p] === "public");
    expect(openMutations.map(([p]) => p)).toEqual([]);
  });
});

const procedureType = (path: string) =>
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures[path]!._def.type;

describe("authorization matrix with API tokens: every procedure x scope x role", () => {
  const read: TokenGrant = { id: "tok-read", scopes: ["read"] };
  const write: TokenGrant = { id: "tok-write", scopes: ["read", "write"] };

  it("a read token reads what its user may read and writes nothing; a write token writes what its user may; neither reaches admin procedures", async () => {
    const mismatches: string[] = [];
    for (const path of procedures) {
      const rule = RULES[path] ?? "admin";
      const allowedRoles = TIER_ROLES[rule];
      const mutation = procedureType(path) === "mutation";
      for (const who of ["editor", "reviewer", "admin"] as const) {
        for (const grant of [read, write]) {
          const roleAllows = allowedRoles === null || allowedRoles.includes(who);
          const expected = rule === "admin" || (mutation && grant === read) || !roleAllows ? "FORBIDDEN" : "allowed";
          const got = await outcome(path, who, { token: grant });
          if (got !== expected) mismatches.push(`${path} as ${who} with ${grant.id}: expected ${expected}, got ${got}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("an unknown, expired or revoked token is refused everywhere, public reads included (never read as anonymous)", async () => {
    const mismatches: string[] = [];
    for (const path of procedures) {
      for (const refused of ["unknown", "expired", "revoked"] as const) {
        const got = await outcome(path, "anonymous", { tokenRefused: refused });
        if (got !== "UNAUTHORIZED") mismatches.push(`${path} with a ${refused} token: got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("says why, in the caller's language", async () => {
    const ctx = (locale: "ar" | "en", call: TokenCall) => createContext({ db: tdb.db, dbKind: tdb.kind, locale, user: userFor("editor"), ...call });
    const caller = (locale: "ar" | "en", call: TokenCall) => createCallerFactory(appRouter)(ctx(locale, call));
    await expect(caller("en", { tokenRefused: "expired" }).events.list({})).rejects.toThrow(/expired/);
    await expect(caller("ar", { tokenRefused: "revoked" }).events.list({})).rejects.toThrow(/أُلغي/);
    await expect(caller("en", { token: read }).edit.event.create({} as never)).rejects.toThrow(/read-only/);
    await expect(caller("en", { token: write }).tokens.list()).rejects.toThrow(/cannot be called with an API token/);
  });
});
