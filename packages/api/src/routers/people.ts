import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { AuditAction, Language, Role } from "@waqai/schema";
import { insertUser, listAudit, listUsers, localeOf, resetUserPassword, setUserLocale, setUserRole } from "@waqai/db/editorial";
import { adminProcedure, editorProcedure, publicProcedure, router } from "../trpc";
import { hashUserPassword } from "../auth";
import { BadFieldsError, NotFoundError } from "../errors";
import { passwordProblem } from "../password-policy";

const UserOut = z.object({ id: z.string(), email: z.string(), role: Role });
const InterfaceLocale = Language;

export const accountRouter = router({
  /** Who is signed in (null when nobody): the admin shows menus from this, the API still checks every call. */
  me: publicProcedure
    .output(UserOut.extend({ locale: InterfaceLocale }).nullable())
    .query(async ({ ctx }) => (ctx.user ? { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role, locale: await localeOf(ctx.db, ctx.user.id) } : null)),
  /** The admin panel's language for the signed-in user: Arabic (RTL, the default) or English (LTR). */
  setLocale: editorProcedure
    .input(z.object({ locale: InterfaceLocale }))
    .output(z.object({ locale: InterfaceLocale }))
    .mutation(async ({ ctx, input }) => {
      const locale = await setUserLocale(ctx.db, { userId: ctx.user!.id, locale: input.locale });
      if (!locale) throw new NotFoundError("user", ctx.user!.id);
      return { locale };
    }),
});

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export const usersRouter = router({
  list: adminProcedure.output(z.array(UserOut.extend({ name: z.string(), createdAt: z.string() }))).query(({ ctx }) => listUsers(ctx.db)),
  /** A password left out is generated and returned once, here only. */
  create: adminProcedure
    .input(z.object({ email: z.email(), role: Role, name: z.string().trim().min(1).max(100).optional(), password: z.string().min(12).max(256).optional() }))
    .output(UserOut.extend({ generatedPassword: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const weak = input.password !== undefined ? passwordProblem(input.password, input) : null;
      if (weak) throw new TRPCError({ code: "BAD_REQUEST", message: `password: ${weak.en}`, cause: new BadFieldsError({ password: weak }) });
      const password = input.password ?? generatePassword();
      const u = await insertUser(ctx.db, {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashUserPassword(password),
        by: { id: ctx.user!.id, email: ctx.user!.email },
      });
      return { ...u, generatedPassword: input.password ? null : password };
    }),
  /**
   * A new generated password for a user, shown once here: every session of theirs ends and sign-in
   * pauses from any address are cleared (the way out of a lockout). An admin resets their own from the account menu instead.
   */
  resetPassword: adminProcedure
    .input(z.object({ userId: z.string().min(1).max(200) }))
    .output(z.object({ email: z.string(), generatedPassword: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const password = generatePassword();
      const r = await resetUserPassword(ctx.db, {
        userId: input.userId,
        passwordHash: await hashUserPassword(password),
        by: { id: ctx.user!.id, email: ctx.user!.email, ip: ctx.ip },
      });
      if (!r) throw new NotFoundError("user", input.userId);
      return { email: r.email, generatedPassword: password };
    }),
  setRole: adminProcedure
    .input(z.object({ userId: z.string().min(1), role: Role }))
    .output(UserOut)
    .mutation(async ({ ctx, input }) => {
      const r = await setUserRole(ctx.db, { userId: input.userId, role: input.role, by: { id: ctx.user!.id, email: ctx.user!.email, ip: ctx.ip } });
      if (!r) throw new NotFoundError("user", input.userId);
      return r;
    }),
});

const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  targetKind: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.string().nullable(),
  /** The API token the action came through (null for the admin panel). */
  tokenId: z.string().nullable(),
});

export const auditRouter = router({
  list: adminProcedure
    .input(
      z.object({
        action: AuditAction.optional(),
        email: z.string().trim().min(1).max(200).optional(),
        from: z.iso.datetime().optional(),
        to: z.iso.datetime().optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .output(z.object({ items: z.array(AuditEntry), total: z.number().int() }))
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
