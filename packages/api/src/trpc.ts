import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { OpenApiMeta } from "trpc-to-openapi";
import { recordAudit, UnpublishedDependenciesError, VersionConflictError } from "@waqai/db/editorial";
import type { Context } from "./context";
import { BadFieldsError, badCharacterPath, fieldErrors, internalErrorMessage, toTRPCError } from "./errors";
import { accessError, type Tier } from "./access";
import { unknownKeyPath } from "./unknown-keys";

// OpenApiMeta: public reads carry `.meta({ openapi })` and are also served as REST under /api/v1 (see ./openapi.ts).
const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    // Stacks and file paths reach a response only when a developer runs the API as such.
    isDev: process.env.NODE_ENV === "development",
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? "ar";
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // Never the failing SQL or the thrown message: the request id, which the host's log line carries too.
        return {
          ...shape,
          message: internalErrorMessage(ctx?.requestId, locale),
          data: {
            code: shape.data.code,
            httpStatus: shape.data.httpStatus,
            path: shape.data.path,
            fieldErrors: null as Record<string, string> | null,
            conflict: null,
            dependencies: null,
          },
        };
      }
      const zodError = error.cause instanceof z.ZodError ? error.cause : undefined;
      const badFields = error.cause instanceof BadFieldsError ? error.cause : undefined;
      // A stale write says what changed since the version it was based on, so the client can merge or reload.
      const conflict = error.cause instanceof VersionConflictError ? error.cause.detail : null;
      // A refused publication lists the unpublished records the page would show, so a client can publish them with it.
      const dependencies = error.cause instanceof UnpublishedDependenciesError ? error.cause.dependencies : null;
      if (error.code === "BAD_REQUEST" && (zodError || badFields)) {
        const fields = zodError ? fieldErrors(zodError, locale) : badFields!.inLocale(locale);
        const summary = Object.entries(fields)
          .map(([k, v]) => `${k}: ${v}`)
          .join("; ");
        return { ...shape, message: summary, data: { ...shape.data, fieldErrors: fields, conflict, dependencies } };
      }
      return { ...shape, data: { ...shape.data, fieldErrors: null as Record<string, string> | null, conflict, dependencies } };
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

const BAD_CHARACTER = {
  ar: "يحوي محرفاً لا يُخزَّن (NUL أو نصف زوج بديل)؛ احذفه وأعد الإرسال.",
  en: "holds a character that cannot be stored (NUL or half a surrogate pair); remove it and send again.",
};

/** A NUL or a lone surrogate anywhere in the input is a field error, before any procedure or query sees it. */
const rejectBadCharacters = t.middleware(async ({ getRawInput, next }) => {
  const at = badCharacterPath(await getRawInput().catch(() => undefined));
  if (at) throw new TRPCError({ code: "BAD_REQUEST", message: `${at}: ${BAD_CHARACTER.en}`, cause: new BadFieldsError({ [at]: BAD_CHARACTER }) });
  return next();
});

const UNKNOWN_KEY = { ar: "حقل غير معروف لهذا الإجراء؛ احذفه أو صحّح اسمه.", en: "is not a field of this procedure; remove it or fix its name." };

/** Each procedure's input parsers by path, registered once the app router exists (router.ts). */
let inputsByPath: (path: string) => readonly unknown[] | undefined = () => undefined;
export function registerProcedureInputs(procedures: Record<string, { _def: { inputs: readonly unknown[] } }>) {
  inputsByPath = (path) => procedures[path]?._def.inputs;
}

/** A key of the input that no schema of the procedure names is a field error (unknown-keys.ts), not dropped. */
const rejectUnknownKeys = t.middleware(async ({ path, getRawInput, next }) => {
  const schema = inputsByPath(path)?.[0];
  if (schema instanceof z.ZodType) {
    const raw = await getRawInput().catch(() => undefined);
    const parsed = await schema.safeParseAsync(raw);
    // An input that fails its schema is answered by the schema's own field errors, in the next step.
    const at = parsed.success ? unknownKeyPath(raw, parsed.data) : null;
    if (at) throw new TRPCError({ code: "BAD_REQUEST", message: `${at}: ${UNKNOWN_KEY.en}`, cause: new BadFieldsError({ [at]: UNKNOWN_KEY }) });
  }
  return next();
});

/** Runs before input parsing, so a caller without the role learns nothing from validation errors. */
const requireTier = (tier: Tier) =>
  t.middleware(({ ctx, path, type, next }) => {
    const err = accessError(path, tier, ctx.user, ctx.locale, { type, token: ctx.token, tokenRefused: ctx.tokenRefused });
    if (err) throw err;
    return next();
  });

/**
 * Every successful mutation made with an API token is written to the security audit log (token_write):
 * who (the token's user), which token, which procedure, and the record it wrote when the result names one.
 * The revision the write made already names the token, in the write's own transaction.
 */
const auditTokenWrites = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (type === "mutation" && ctx.token && ctx.user && result.ok) {
    const data = result.data as { id?: unknown; kind?: unknown } | null | undefined;
    const targetId = data && typeof data === "object" && typeof data.id === "string" ? data.id : undefined;
    await recordAudit(ctx.db, {
      action: "token_write",
      actorUserId: ctx.user.id,
      actorEmail: ctx.user.email,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      tokenId: ctx.token.id,
      targetKind: targetId ? kindOfPath(path) : undefined,
      targetId,
      detail: path,
    });
  }
  return result;
});

/** `edit.event.create` -> `event`; other paths name their router (`annotate`, `merge`...). */
function kindOfPath(path: string): string {
  const parts = path.split(".");
  return parts[0] === "edit" && parts.length > 2 ? parts[1]! : parts[0]!;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
const base = t.procedure.use(mapDomainErrors).use(rejectBadCharacters).use(auditTokenWrites);
export const publicProcedure = base.use(requireTier("public")).use(rejectUnknownKeys);
export const editorProcedure = base.use(requireTier("editor")).use(rejectUnknownKeys);
export const reviewerProcedure = base.use(requireTier("reviewer")).use(rejectUnknownKeys);
export const adminProcedure = base.use(requireTier("admin")).use(rejectUnknownKeys);
export { TRPCError };
