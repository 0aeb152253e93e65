import { and, count, desc, eq, gte, ilike, lte, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { AUDIT_ACTIONS, type AuditAction } from "@waqai/schema";
import { auditLog, signInLockouts, users } from "../tables";
export { AUDIT_ACTIONS, type AuditAction };
export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  actorEmail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  targetKind?: string;
  targetId?: string;
  detail?: string;
  /** The API token the action came through, if any. */
  tokenId?: string | null;
}

const clip = (v: string | null | undefined, n: number) => (typeof v === "string" && v.length > n ? `${v.slice(0, n)}…` : v);

/** An audit entry, its caller-supplied text bounded: an anonymous caller cannot write megabytes into the log. */
export async function recordAudit(db: Db, e: AuditEntry) {
  await db
    .insert(auditLog)
    .values({ ...e, actorEmail: clip(e.actorEmail, 254), userAgent: clip(e.userAgent, 512), detail: clip(e.detail, 1000), ip: clip(e.ip, 64) });
}

export interface AuditQuery {
  action?: AuditAction;
  email?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, q: AuditQuery) {
  const conds: SQL[] = [];
  if (q.action) conds.push(eq(auditLog.action, q.action));
  if (q.email) conds.push(ilike(auditLog.actorEmail, `%${q.email.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (q.from) conds.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) conds.push(lte(auditLog.at, new Date(q.to)));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })), total: total?.n ?? 0 };
}

/**
 * Lockout policy, per account and per address: `maxFailures` failures within the window lock that
 * address out of that account for `firstLockMs`, and each further failure doubles the wait, up to
 * `maxLockMs` (an exponential delay that makes guessing slow without a CAPTCHA). The owner, from any
 * other address, is never locked out by someone else's guesses.
 */
export const LOCKOUT = { maxFailures: 5, windowMs: 15 * 60_000, firstLockMs: 15_000, maxLockMs: 15 * 60_000 };

/** The wait after the n-th failure of a window (0 below the limit). */
export const lockMsAfter = (failures: number) =>
  failures < LOCKOUT.maxFailures ? 0 : Math.min(LOCKOUT.maxLockMs, LOCKOUT.firstLockMs * 2 ** (failures - LOCKOUT.maxFailures));

const lockoutKey = (email: string, address: string) => and(eq(signInLockouts.email, email.toLowerCase()), eq(signInLockouts.address, address));

export async function lockedUntil(db: Db, email: string, address: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select().from(signInLockouts).where(lockoutKey(email, address));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** One account's sign-ins from one address (the unit a lockout counts). */
export interface SignInAttempt {
  email: string;
  /** The caller's address (an IP). */
  address: string;
}

export interface SignInFailure extends SignInAttempt {
  /** The clock (tests pass their own); default now. */
  now?: Date;
}

/** Counts a failed sign-in from an address; returns the lock's end when this failure locked that address out. */
export async function recordSignInFailure(db: Db, { email, address, now = new Date() }: SignInFailure): Promise<Date | null> {
  const key = email.toLowerCase();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signInLockouts).where(lockoutKey(key, address)).for("update");
    // The count starts over once a window has passed with no lock ending inside it, so waiting out each
    // lock does not reset the doubling.
    const lastLockEnd = row?.lockedUntil?.getTime() ?? -Infinity;
    const fresh = !row || (now.getTime() - row.windowStart.getTime() > LOCKOUT.windowMs && now.getTime() - lastLockEnd > LOCKOUT.windowMs);
    const failures = fresh ? 1 : row.failures + 1;
    const wait = lockMsAfter(failures);
    const lock = wait ? new Date(now.getTime() + wait) : null;
    const values = { failures, windowStart: fresh ? now : row.windowStart, lockedUntil: lock };
    await tx
      .insert(signInLockouts)
      .values({ email: key, address, ...values })
      .onConflictDoUpdate({ target: [signInLockouts.email, signInLockouts.address], set: values });
    return lock;
  });
}

/** A successful sign-in clears that address's count for the account (other addresses keep theirs). */
export async function clearSignInFailures(db: Db, { email, address }: SignInAttempt) {
  await db.delete(signInLockouts).where(lockoutKey(email, address));
}

export async function findUserByEmail(db: Db, email: string) {
  const [u] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return u;
}
