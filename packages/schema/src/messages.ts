/**
 * Messages that schemas attach to their own checks (in English, as zod carries one string); the field-error
 * formatter finds each one's Arabic here. Kept apart so the domain schemas and the formatter share them
 * without importing each other.
 */
export const SCHEMA_MESSAGES = {
  id: { ar: "اختر سجلاً من القائمة (أو معرّفاً مثل ev-…)", en: "pick a record from the list (or an id such as ev-…)" },
  partialDate: { ar: "تاريخ بصيغة سنة أو سنة-شهر أو سنة-شهر-يوم، مثل 2017-04-23", en: "a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04-23" },
  day: { ar: "يوم كامل بصيغة سنة-شهر-يوم، مثل 2017-04-23", en: "a whole day as YYYY-MM-DD, such as 2017-04-23" },
  window: { ar: "أول تاريخ ممكن يجب ألا يقع بعد آخر تاريخ ممكن", en: "the earliest possible date must not be after the latest" },
  sha256: { ar: "بصمة sha256 من 64 خانة ست عشرية", en: "a sha256 as 64 lowercase hex digits" },
} as const;
