import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { OpenApiMeta } from "trpc-to-openapi";
import { VersionConflictError } from "@waqai/db";
import type { Context } from "./context";
import { BadFieldsError, fieldErrors, toTRPCError } from "./errors";
import { accessError, type Tier } from "./access";

// OpenApiMeta: public reads carry `.meta({ openapi })` and are also served as REST under /api/v1 (see ./openapi.ts).
const t = initTRPC.context<Context>().meta<OpenApiMeta>().create({
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "ar";
    const zodError = error.cause instanceof z.ZodError ? error.cause : undefined;
    const badFields = error.cause instanceof BadFieldsError ? error.cause : undefined;
    // A stale write says what changed since the version it was based on, so the client can merge or reload.
    const conflict = error.cause instanceof VersionConflictError ? error.cause.detail : null;
    if (error.code === "BAD_REQUEST" && (zodError || badFields)) {
      const fields = zodError ? fieldErrors(zodError, locale) : badFields!.inLocale(locale);
      const summary = Object.entries(fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ");
      return { ...shape, message: summary, data: { ...shape.data, fieldErrors: fields, conflict } };
    }
    return { ...shape, data: { ...shape.data, fieldErrors: null as Record<string, string> | null, conflict } };
  },
});

/** Maps domain errors (not found, bad cursor, stale version, workflow) to tRPC codes for every procedure, in one place. */
const mapDomainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error, ctx.locale);
    if (mapped && mapped !== result.error) throw mapped;
  }
  return result;
});

/** Runs before input parsing, so a caller without the role learns nothing from validation errors. */
const requireTier = (tier: Tier) =>
  t.middleware(({ ctx, path, next }) => {
    const err = accessError(path, tier, ctx.user, ctx.locale);
    if (err) throw err;
    return next();
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
const base = t.procedure.use(mapDomainErrors);
export const publicProcedure = base.use(requireTier("public"));
export const editorProcedure = base.use(requireTier("editor"));
export const reviewerProcedure = base.use(requireTier("reviewer"));
export const adminProcedure = base.use(requireTier("admin"));
export { TRPCError };
