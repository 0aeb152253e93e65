import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { fieldErrorsOf } from "@waqai/schema";
import {
  EmptyArticleError,
  IdempotencyKeyReusedError,
  InvalidFieldsError,
  RecordNotFoundError,
  TokenUserNotFoundError,
  VersionConflictError,
  WorkflowError,
} from "@waqai/db/editorial";
import { InvalidCursorError } from "@waqai/db/queries";
import type { Locale } from "./context";

const KIND_NAMES: Record<string, { ar: string; en: string }> = {
  event: { ar: "الحدث", en: "event" },
  outlet: { ar: "الوسيلة الإعلامية", en: "outlet" },
  document: { ar: "المستند", en: "document" },
  citation: { ar: "الاستشهاد", en: "citation" },
  figure: { ar: "الرقم", en: "figure" },
  actor: { ar: "الفاعل", en: "actor" },
  place: { ar: "المكان", en: "place" },
  claim: { ar: "الادعاء", en: "claim" },
  dispute: { ar: "الخلاف", en: "dispute" },
  issue: { ar: "نقطة الخلاف", en: "dispute issue" },
  position: { ar: "الموقف", en: "position" },
  user: { ar: "المستخدم", en: "user" },
  api_token: { ar: "رمز API", en: "API token" },
  release: { ar: "الإصدار", en: "release" },
};

/** A record that does not exist (or that the caller may not see: unpublished reads as absent). */
export class NotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id "${id}"`);
    this.name = "NotFoundError";
  }
}

export function notFoundMessage(kind: string, id: string, locale: Locale): string {
  const k = KIND_NAMES[kind] ?? { ar: kind, en: kind };
  return locale === "ar"
    ? `لا يوجد ${k.ar} بالمعرّف «${id}». تحقق من المعرّف أو ابحث عنه في القائمة.`
    : `No ${k.en} with id "${id}". Check the id, or find the record in its list.`;
}

/** The one place where domain errors become tRPC codes. */
export function toTRPCError(err: unknown, locale: Locale): TRPCError | undefined {
  if (err instanceof TRPCError) return err;
  if (err instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: notFoundMessage(err.kind, err.id, locale), cause: err });
  if (err instanceof TokenUserNotFoundError) return new TRPCError({ code: "NOT_FOUND", message: notFoundMessage("user", err.userId, locale), cause: err });
  if (err instanceof RecordNotFoundError) return new TRPCError({ code: "NOT_FOUND", message: notFoundMessage(err.kind, err.id, locale), cause: err });
  if (err instanceof VersionConflictError) {
    const d = err.detail;
    const message =
      locale === "ar"
        ? `تغيّر السجل منذ النسخة ${d.baseVersion} (الحالية ${d.currentVersion}): ${d.changed.map((c) => c.field).join("، ") || "الحالة"}. ادمج التغييرات أو أعد التحميل.`
        : `The record changed since version ${d.baseVersion} (now ${d.currentVersion}): ${d.changed.map((c) => c.field).join(", ") || "status"}. Merge or reload.`;
    return new TRPCError({ code: "CONFLICT", message, cause: err });
  }
  if (err instanceof IdempotencyKeyReusedError) {
    const message =
      locale === "ar"
        ? "مفتاح Idempotency-Key هذا أنشأ سجلاً من طلب مختلف؛ استعمل مفتاحاً جديداً لكل عملية إنشاء جديدة."
        : "This Idempotency-Key already made a record from a different request; use a new key for each new create.";
    return new TRPCError({ code: "UNPROCESSABLE_CONTENT", message, cause: err });
  }
  if (err instanceof WorkflowError) return new TRPCError({ code: err.code, message: err.reason[locale], cause: err });
  if (err instanceof InvalidFieldsError) {
    const cause = new BadFieldsError(err.fields);
    return new TRPCError({ code: "BAD_REQUEST", message: cause.summary(locale), cause });
  }
  if (err instanceof EmptyArticleError) {
    const cause = new BadFieldsError({ text: { ar: "النص فارغ بعد التطبيع.", en: "the text is empty once normalised." } });
    return new TRPCError({ code: "BAD_REQUEST", message: cause.summary(locale), cause });
  }
  const constraint = sqlConstraintError(err);
  if (constraint) {
    const cause = new BadFieldsError({ [constraint.field]: constraint.message });
    return new TRPCError({ code: "BAD_REQUEST", message: cause.summary(locale), cause });
  }
  if (err instanceof InvalidCursorError) {
    const cause = new BadFieldsError({
      cursor: { ar: "المؤشر غير صالح؛ ابدأ من الصفحة الأولى دون مؤشر.", en: "not a cursor this API issued; start again without one." },
    });
    return new TRPCError({ code: "BAD_REQUEST", message: cause.summary(locale), cause });
  }
  return undefined;
}

/** Input that passed the schema but is still wrong (a forged cursor...), with bilingual messages per field. */
export class BadFieldsError extends Error {
  constructor(readonly fields: Record<string, { ar: string; en: string }>) {
    super(
      Object.entries(fields)
        .map(([k, v]) => `${k}: ${v.en}`)
        .join("; "),
    );
    this.name = "BadFieldsError";
  }
  inLocale(locale: Locale): Record<string, string> {
    return Object.fromEntries(Object.entries(this.fields).map(([k, v]) => [k, v[locale]]));
  }
  summary(locale: Locale): string {
    return Object.entries(this.inLocale(locale))
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ");
  }
}

/** Field errors as path -> message, in the caller's language: `{ "limit": "..." }` (the one formatter in @waqai/schema). */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string> {
  return fieldErrorsOf(error, locale);
}

/**
 * A write the database refused for its integrity rules (a check, a missing referenced row, a duplicate):
 * the caller's input is wrong, so BAD_REQUEST naming the constraint, never a 500.
 */
function sqlConstraintError(err: unknown): { field: string; message: { ar: string; en: string } } | undefined {
  let e = err as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    if (typeof e.code !== "string" || !/^23\d{3}$/.test(e.code)) continue;
    const name = e.constraint ?? e.constraint_name ?? "(input)";
    const what =
      e.code === "23503"
        ? { ar: "يشير إلى سجل غير موجود", en: "refers to a record that does not exist" }
        : e.code === "23505"
          ? { ar: "مكرر", en: "already exists" }
          : { ar: "يخالف قاعدة في البيانات", en: "breaks a data rule" };
    return { field: name, message: { ar: `${what.ar} (${name}).`, en: `${what.en} (${name}).` } };
  }
  return undefined;
}

/** What a caller reads of an unexpected failure: nothing internal, the request id to report, and what to do. */
export function internalErrorMessage(requestId: string | undefined, locale: Locale): string {
  const id = requestId ?? "?";
  return locale === "ar"
    ? `حدث خطأ من جهتنا (الطلب ${id}). أعد المحاولة بعد قليل، وإن تكرر فأبلغ عن رقم الطلب.`
    : `Something went wrong on our side (request ${id}). Try again in a moment; if it happens again, report the request id.`;
}

const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string in an input holding a NUL or half a surrogate pair (PostgreSQL cannot store either), by its path. */
export function badCharacterPath(input: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof input === "string") return NUL_OR_LONE_SURROGATE.test(input) ? path.join(".") || "(input)" : null;
  if (depth > 20 || input === null || typeof input !== "object") return null;
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (NUL_OR_LONE_SURROGATE.test(k)) return [...path, "(key)"].join(".");
    const found = badCharacterPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}
