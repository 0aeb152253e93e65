// Closed-class words the heuristics lean on (sentence openers, particles, verbal nouns). Kept in
// ordinary spelling for review and normalized at load; lookups take normalized tokens.
import { normalize } from "./normalize";

const set = (words: string) => new Set(words.split(/\s+/u).filter(Boolean).map(normalize));

/** Past-tense (and a few present) verbs that open news sentences: reporting and event verbs. */
export const OPENING_VERBS = set(`
  قال قالت قالوا أعلن أعلنت أكد أكدت أوضح أوضحت أفاد أفادت ذكر ذكرت أشار أشارت أضاف أضافت أبان أبانت
  كشف كشفت نفى نفت نقل نقلت اتهم اتهمت زعم زعمت رجح رجحت أعرب أعربت رحب رحبت حذر حذرت دعا دعت طالب طالبت
  أدان أدانت شن شنت سقط سقطت قتل قتلت لقي لقيت أصيب أصيبت استهدف استهدفت تمكن تمكنت وصل وصلت بدأ بدأت
  شهد شهدت اتفق اتفقت اتفقا رفض رفضت أفرج أفرجت دخل دخلت خرج خرجت تحدث تحدثت بحث بحثت ناقش ناقشت
  التقى التقت استقبل استقبلت وقع وقعت جرى جرت تم أجرى أجرت أصدر أصدرت وثق وثقت سجل سجلت أسفر أسفرت
  تعرض تعرضت اندلع اندلعت دار دارت قصف قصفت أطلق أطلقت عقد عقدت صوت صوتت اعتمد اعتمدت غادر غادرت
  انطلق انطلقت أنهى أنهت خلص خلصت جاء جاءت كان كانت تقول يقول يشهد تشهد اقتحم اقتحمت سيطر سيطرت
  أسقط أسقطت ألقى ألقت نفذ نفذت أجلي أجليت تواصلت استمر استمرت تجدد تجددت
`);

/** Prepositions and particles: a heading or list item never starts or ends with one. */
export const PARTICLES = set(`
  في من إلى الى على عن مع ب ل ك حول ضد عند لدى نحو منذ خلال بعد قبل بين تحت فوق حتى أن إن أنه إنه أنها إنها
  لكن لكنه قد فقد لقد ثم أو أم بل لا لم لن ما هل كما فيما بينما إذ إذا الذي التي الذين اللذين اللتين وفق وفقا
  حسب بحسب وسط قرب أمام خلف دون سوى غير لدي
`);

/** Verbal nouns (masdar) that typically open a list item or a topic line. */
export const MASDARS = set(`
  استخدام تغطية طرد استمرار عرقلة تواصل توسع دعم وقف إدخال رفع إفراج عودة انسحاب خروج تسليم إطلاق إنهاء
  فتح فك محاسبة تشكيل إجراء تنفيذ منع حماية ضمان احترام إعادة تسهيل رفض تدخل تمويل تهجير حصار قصف انتهاك
  إغلاق نشر تعزيز تقديم بناء إصلاح مكافحة تبادل سحب ضم إقامة توسيع توفير إزالة تحقيق إلغاء تجميد فرض
  تصعيد تراجع تأمين إيصال تسوية محاربة مواجهة ملاحقة إدانة استهداف اعتقال تجنيد تفكيك نزع
`);

/** The word with one leading و/ف removed (when at least 3 letters remain). */
export function stripConjunction(norm: string): string {
  return (norm.startsWith("و") || norm.startsWith("ف")) && norm.length >= 4 ? norm.slice(1) : norm;
}

/**
 * Forms of a normalized word with leading clitics peeled, and how many written letters each peel
 * removed: «وبالغارات» -> «بالغارات» (1), «الغارات» (2); «للمعارضة» -> «المعارضة» (1: the
 * preposition ل; the article's alef is not written after it).
 */
export function cliticPeels(norm: string): Array<{ form: string; peeled: number }> {
  const out = [{ form: norm, peeled: 0 }];
  let w = norm;
  let peeled = 0;
  if ((w.startsWith("و") || w.startsWith("ف")) && w.length >= 4) out.push({ form: (w = w.slice(1)), peeled: ++peeled });
  if (w.startsWith("لل") && w.length >= 4) out.push({ form: "ال" + w.slice(2), peeled: peeled + 1 });
  else if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length >= 4) out.push({ form: w.slice(1), peeled: peeled + 1 });
  return out;
}

/** Forms of a normalized word with leading clitics peeled: «وبالغارات» -> [..., «بالغارات», «الغارات»]. */
export function cliticForms(norm: string): string[] {
  return cliticPeels(norm).map((p) => p.form);
}

/** Strip ال (and a clitic before it) to get the bare noun: «والتغطيه» -> «تغطيه». */
export function bareNoun(norm: string): string {
  for (const p of ["وال", "فال", "بال", "كال", "لل", "ال"]) if (norm.startsWith(p) && norm.length > p.length + 1) return norm.slice(p.length);
  return norm;
}

export const isDefinite = (norm: string): boolean => norm.startsWith("ال") && norm.length > 3;

/** Nisba adjectives (الروسية, الدولية) and participles (المحرمة) describe the noun before them. */
export function isAdjectiveLike(norm: string): boolean {
  const bare = bareNoun(norm);
  return /(?:ي|يه|يين|يون|يات)$/u.test(bare) || (isDefinite(norm) && bare.startsWith("م") && bare.length >= 4);
}
