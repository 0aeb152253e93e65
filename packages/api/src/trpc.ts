import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context";
import { BadFieldsError, fieldErrors, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "ar";
    const zodError = error.cause instanceof z.ZodError ? error.cause : undefined;
    const badFields = error.cause instanceof BadFieldsError ? error.cause : undefined;
    if (error.code === "BAD_REQUEST" && (zodError || badFields)) {
      const fields = zodError ? fieldErrors(zodError, locale) : badFields!.inLocale(locale);
      const summary = Object.entries(fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; ");
      return { ...shape, message: summary, data: { ...shape.data, fieldErrors: fields } };
    }
    return { ...shape, data: { ...shape.data, fieldErrors: null as Record<string, string> | null } };
  },
});

/** Maps domain errors (not found, bad cursor) to tRPC codes for every procedure, in one place. */
const mapDomainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error, ctx.locale);
    if (mapped && mapped !== result.error) throw mapped;
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
export { TRPCError };
