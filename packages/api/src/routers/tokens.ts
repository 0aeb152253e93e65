import { z } from "zod";
import { API_TOKEN_SCOPES, ApiTokenScope, Role } from "@waqai/schema";
import { createApiToken, listApiTokens, revokeApiToken, TOKEN_EXPIRY } from "@waqai/db/editorial";
import { adminProcedure, router } from "../trpc";
import { NotFoundError } from "../errors";

const Scope = ApiTokenScope;

const TokenOut = z.object({
  id: z.string(),
  name: z.string(),
  /** The secret's first characters (`wq_ab12cd`), to recognise it; the secret itself is never shown again. */
  prefix: z.string(),
  scopes: z.array(Scope),
  status: z.enum(["active", "expired", "revoked"]),
  userId: z.string(),
  userEmail: z.string(),
  userRole: Role,
  createdBy: z.string(),
  createdByEmail: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** API tokens for programs (admins only, and never through a token: see access.ts). */
export const tokensRouter = router({
  /** Every token with its status and last use; no secrets, no hashes. */
  list: adminProcedure.output(z.array(TokenOut)).query(({ ctx }) => listApiTokens(ctx.db)),
  /** Makes a token acting as `userId` (default: the admin making it). The secret is in this answer only. */
  create: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1).max(100),
        userId: z.string().min(1).optional(),
        scopes: z.array(Scope).min(1).max(API_TOKEN_SCOPES.length),
        expiresInDays: z.number().int().min(1).max(TOKEN_EXPIRY.maxDays).default(TOKEN_EXPIRY.defaultDays),
      }),
    )
    .output(z.object({ id: z.string(), token: z.string(), prefix: z.string(), scopes: z.array(Scope), expiresAt: z.string() }))
    .mutation(({ ctx, input }) =>
      createApiToken(ctx.db, {
        name: input.name,
        userId: input.userId ?? ctx.user!.id,
        scopes: input.scopes,
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        by: { id: ctx.user!.id, email: ctx.user!.email, ip: ctx.ip, userAgent: ctx.userAgent },
      }),
    ),
  /** Revokes at once and for good; calls with the token are refused (401) from then on. */
  revoke: adminProcedure
    .input(z.object({ id: z.string().min(1) }))
    .output(z.object({ id: z.string(), revokedAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const r = await revokeApiToken(ctx.db, { id: input.id, by: { id: ctx.user!.id, email: ctx.user!.email, ip: ctx.ip, userAgent: ctx.userAgent } });
      if (!r) throw new NotFoundError("api_token", input.id);
      return r;
    }),
});
