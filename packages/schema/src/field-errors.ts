import type { z } from "zod";
import { SCHEMA_MESSAGES } from "./messages";

/**
 * One formatter for every field error a person or program reads: the API's tRPC and REST answers and
 * the admin's forms all call `fieldErrorsOf`, so the same bad input reads the same everywhere, in
 * Arabic or English. zod's own locales are not used: their Arabic reads as a machine's
 * («يفترض لـ string أن يكون >= 1 حرف»); these say what to do.
 */
export type Locale = "ar" | "en";
export interface Bilingual {
  ar: string;
  en: string;
}

type Issue = z.core.$ZodIssue;

/** A schema's own message (Id, PartialDate...) read back in both languages, whichever check raised it. */
const KNOWN = new Map<string, Bilingual>(Object.values(SCHEMA_MESSAGES).map((m) => [m.en, m]));

const TYPES: Record<string, Bilingual> = {
  string: { ar: "أدخل نصاً", en: "enter text" },
  number: { ar: "أدخل رقماً", en: "enter a number" },
  int: { ar: "أدخل عدداً صحيحاً", en: "enter a whole number" },
  boolean: { ar: "اختر نعم أو لا", en: "choose yes or no" },
  array: { ar: "يُنتظر قائمة", en: "expected a list" },
  object: { ar: "يُنتظر كائن JSON", en: "expected a JSON object" },
};

const FORMATS: Record<string, Bilingual> = {
  url: { ar: "عنوان ويب كامل يبدأ بـ https://", en: "a full web address starting with https://" },
  datetime: { ar: "تاريخ ووقت بمنطقة زمنية، مثل 2017-04-23T00:00:00Z", en: "a date and time with a zone, such as 2017-04-23T00:00:00Z" },
  email: { ar: "عنوان بريد إلكتروني صحيح", en: "a valid email address" },
};

const list = (values: readonly unknown[], locale: Locale) => values.map((v) => String(v)).join(locale === "ar" ? "، " : ", ");

function sizeMessage(issue: Extract<Issue, { code: "too_small" | "too_big" }>): Bilingual {
  const small = issue.code === "too_small";
  const n = Number(small ? issue.minimum : issue.maximum);
  const exact = "exact" in issue && issue.exact;
  if (issue.origin === "string") {
    if (small && n <= 1) return { ar: "مطلوب", en: "required" };
    // "Length: N" sidesteps Arabic number agreement (حرفان، ثلاثة أحرف، أحد عشر حرفاً...).
    if (exact) return { ar: `الطول المطلوب بالضبط: ${n}`, en: `exactly ${n} characters` };
    return small ? { ar: `أقل طول مقبول: ${n}`, en: `at least ${n} characters` } : { ar: `أقصى طول مقبول: ${n}`, en: `at most ${n} characters` };
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return small ? { ar: `أقل عدد مقبول من العناصر: ${n}`, en: `at least ${n} items` } : { ar: `أقصى عدد مقبول من العناصر: ${n}`, en: `at most ${n} items` };
  }
  const inclusive = issue.inclusive !== false;
  if (small) return inclusive ? { ar: `لا يقل عن ${n}`, en: `at least ${n}` } : { ar: `أكبر من ${n}`, en: `more than ${n}` };
  return inclusive ? { ar: `لا يزيد على ${n}`, en: `at most ${n}` } : { ar: `أصغر من ${n}`, en: `less than ${n}` };
}

/** One issue in both languages. A custom check carries its own pair as `params.i18n`. */
export function issueMessage(issue: Issue): Bilingual {
  const known = KNOWN.get(issue.message);
  if (known) return known;
  switch (issue.code) {
    case "invalid_type":
      // zod keeps no input on the issue; its own message says when the value was missing.
      if (/received undefined$/.test(issue.message)) return { ar: "مطلوب", en: "required" };
      return TYPES[issue.expected] ?? { ar: "نوع القيمة غير صحيح", en: `expected ${issue.expected}` };
    case "too_small":
    case "too_big":
      return sizeMessage(issue);
    case "invalid_format":
      return FORMATS[issue.format] ?? { ar: "الصيغة غير صحيحة", en: issue.message };
    case "invalid_value":
      return { ar: `اختر أحد الخيارات: ${list(issue.values, "ar")}`, en: `choose one of: ${list(issue.values, "en")}` };
    case "unrecognized_keys":
      return { ar: `حقل غير معروف: ${list(issue.keys, "ar")}؛ تحقق من الاسم`, en: `unknown field: ${list(issue.keys, "en")}; check the name` };
    case "not_multiple_of":
      return { ar: `يجب أن يكون من مضاعفات ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` };
    case "invalid_union":
      return { ar: "لا تطابق القيمة أي صيغة مقبولة", en: "matches none of the accepted forms" };
    case "custom": {
      const i18n = (issue.params as { i18n?: Bilingual } | undefined)?.i18n;
      return i18n ?? { ar: issue.message, en: issue.message };
    }
    default:
      return { ar: "قيمة غير صالحة", en: issue.message };
  }
}

const keyOf = (issue: Issue) => (issue.path.length ? issue.path.join(".") : "(input)");

const UNKNOWN_FIELD: Bilingual = { ar: "حقل غير معروف؛ تحقق من اسمه", en: "unknown field; check its name" };

/** Field path -> message in both languages, the first issue of each field; an unknown field is named as its own path. */
export function bilingualFieldErrors(error: z.ZodError, unknownField: Bilingual = UNKNOWN_FIELD): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) out[[...issue.path, k].join(".")] ??= unknownField;
    else out[keyOf(issue)] ??= issueMessage(issue);
  }
  return out;
}

/** Field path -> message in one language: `{ "patch.placeId": "pick a record from the list…" }`. */
export function fieldErrorsOf(error: z.ZodError, locale: Locale, unknownField?: Bilingual): Record<string, string> {
  return Object.fromEntries(Object.entries(bilingualFieldErrors(error, unknownField)).map(([k, v]) => [k, v[locale]]));
}
