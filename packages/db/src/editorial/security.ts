import { and, count, desc, eq, gte, ilike, lte, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { AUDIT_ACTIONS, auditLog, signInLockouts, users } from "../tables";
export { AUDIT_ACTIONS };

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
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
  await db.insert(auditLog).values({ ...e, actorEmail: clip(e.actorEmail, 254), userAgent: clip(e.userAgent, 512), detail: clip(e.detail, 1000), ip: clip(e.ip, 64) });
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

/** Lockout policy: this many failures within the window lock the account for LOCK_MS. */
export const LOCKOUT = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export async function lockedUntil(db: Db, email: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select().from(signInLockouts).where(eq(signInLockouts.email, email.toLowerCase()));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failed sign-in; returns the lock's end when this failure locked the account. */
export async function recordSignInFailure(db: Db, email: string, now = new Date()): Promise<Date | null> {
  const key = email.toLowerCase();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(signInLockouts).where(eq(signInLockouts.email, key)).for("update");
    const fresh = !row || now.getTime() - row.windowStart.getTime() > LOCKOUT.windowMs || (row.lockedUntil !== null && row.lockedUntil <= now);
    const failures = fresh ? 1 : row!.failures + 1;
    const lock = failures >= LOCKOUT.maxFailures ? new Date(now.getTime() + LOCKOUT.lockMs) : null;
    const values = { failures, windowStart: fresh ? now : row!.windowStart, lockedUntil: lock };
    await tx.insert(signInLockouts).values({ email: key, ...values }).onConflictDoUpdate({ target: signInLockouts.email, set: values });
    return lock;
  });
}

export async function clearSignInFailures(db: Db, email: string) {
  await db.delete(signInLockouts).where(eq(signInLockouts.email, email.toLowerCase()));
}

export async function findUserByEmail(db: Db, email: string) {
  const [u] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return u;
}
