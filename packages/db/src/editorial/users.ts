import { randomBytes } from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import type { Role } from "@waqai/schema";
import type { Db } from "../client";
import { accounts, auditLog, sessions, signInLockouts, users } from "../tables";

export interface NewUser {
  email: string;
  name?: string;
  role: Role;
  /** A better-auth password hash (scrypt), made by the caller: this layer never sees the password. */
  passwordHash: string;
  /** The admin creating the account; absent for the command line and the first start (audited as "cli"). */
  by?: { id: string; email?: string };
}

/** A user with a credential account, as better-auth's email sign-up would write it. */
export async function insertUser(db: Db, { by, ...u }: NewUser) {
  const id = randomBytes(16).toString("hex");
  const email = u.email.toLowerCase();
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ id, email, name: u.name ?? email.split("@")[0]!, role: u.role, emailVerified: true });
    await tx.insert(accounts).values({ id: randomBytes(16).toString("hex"), accountId: id, providerId: "credential", userId: id, password: u.passwordHash });
    await tx
      .insert(auditLog)
      .values({ action: "user_created", actorUserId: by?.id ?? null, actorEmail: by?.email ?? "cli", targetKind: "user", targetId: email, detail: u.role });
  });
  return { id, email, role: u.role };
}

/** Who does an account change, as the audit log records it. */
export interface AccountAdmin {
  id: string;
  email?: string;
  ip?: string;
}

export async function countAdmins(db: Db) {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, "admin"));
  return row?.n ?? 0;
}

export async function listUsers(db: Db) {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r, role: r.role as Role, createdAt: new Date(r.createdAt).toISOString() }));
}

export interface RoleChange {
  userId: string;
  role: Role;
  by: AccountAdmin;
}

export async function setUserRole(db: Db, { userId, role, by }: RoleChange) {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).returning({ email: users.email });
    if (!row) return null;
    await tx
      .insert(auditLog)
      .values({ action: "role_changed", actorUserId: by.id, actorEmail: by.email, ip: by.ip, targetKind: "user", targetId: row.email, detail: role });
    return { id: userId, email: row.email, role };
  });
}

export type InterfaceLocale = "ar" | "en";

/** The admin panel's language for this user (Arabic unless they chose English). */
export async function localeOf(db: Db, userId: string): Promise<InterfaceLocale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row?.locale === "en" ? "en" : "ar";
}

export interface LocaleChange {
  userId: string;
  locale: InterfaceLocale;
}

export async function setUserLocale(db: Db, { userId, locale }: LocaleChange) {
  const [row] = await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId)).returning({ locale: users.locale });
  return row ? (row.locale as InterfaceLocale) : null;
}

export interface PasswordReset {
  userId: string;
  /** The new password's better-auth hash, made by the caller. */
  passwordHash: string;
  by: AccountAdmin;
}

/**
 * An admin sets a new password for a user (who forgot it, or whose sign-in is paused by someone's
 * guesses): every session of that user ends, every paused address is cleared, and the audit log says
 * who did it. Returns the user's email, or null when there is no such user.
 */
export async function resetUserPassword(db: Db, { userId, passwordHash, by }: PasswordReset) {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return null;
    await tx
      .update(accounts)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(accounts.userId, userId), eq(accounts.providerId, "credential")));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(signInLockouts).where(eq(signInLockouts.email, user.email));
    await tx.insert(auditLog).values({
      action: "password_changed",
      actorUserId: by.id,
      actorEmail: by.email,
      ip: by.ip,
      targetKind: "user",
      targetId: user.email,
      detail: "reset by an admin; sessions ended",
    });
    return { email: user.email };
  });
}
