// Words of Arabic date expressions, in ordinary spelling, normalized at load. Lookups take
// normalized tokens (tokens[i].norm).
import { normalize } from "../text/normalize";

const table = (rows: Array<[string, number]>) => new Map(rows.map(([w, n]) => [normalize(w), n]));

/** Single-word month names across the three families (Egyptian/Gulf, Levantine, Maghrebi incl. Moroccan). */
export const MONTHS = table([
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["إبريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونية", 6],
  ["يوليو", 7],
  ["يولية", 7],
  ["أغسطس", 8],
  ["اغسطس", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["جانفي", 1],
  ["فيفري", 2],
  ["أفريل", 4],
  ["ماي", 5],
  ["جوان", 6],
  ["جويلية", 7],
  ["أوت", 8],
  ["يوليوز", 7],
  ["غشت", 8],
  ["شتنبر", 9],
  ["نونبر", 11],
  ["دجنبر", 12],
]);

/** Two-word Levantine months: كانون الثاني … كانون الأول, تشرين الأول/الثاني. */
export const TWO_WORD_MONTHS = new Map<string, Map<string, number>>([
  [
    normalize("كانون"),
    table([
      ["الثاني", 1],
      ["الأول", 12],
    ]),
  ],
  [
    normalize("تشرين"),
    table([
      ["الأول", 10],
      ["الثاني", 11],
    ]),
  ],
]);

/** Month names that are also common words (مارس «practised», آب «father», ماي): need a day, a year or «شهر». */
export const AMBIGUOUS_MONTHS = new Set(["مارس", "آب", "ماي"].map(normalize));

export const WEEKDAYS = table([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);

/** Ordinal units as days of the month, masculine and feminine; الحادي/الواحد only in compounds. */
export const ORDINAL_UNITS = table([
  ["الأول", 1],
  ["الأولى", 1],
  ["الثاني", 2],
  ["الثانية", 2],
  ["الثالث", 3],
  ["الثالثة", 3],
  ["الرابع", 4],
  ["الرابعة", 4],
  ["الخامس", 5],
  ["الخامسة", 5],
  ["السادس", 6],
  ["السادسة", 6],
  ["السابع", 7],
  ["السابعة", 7],
  ["الثامن", 8],
  ["الثامنة", 8],
  ["التاسع", 9],
  ["التاسعة", 9],
  ["الحادي", 1],
  ["الحادية", 1],
  ["الواحد", 1],
]);
export const COMPOUND_ONLY = new Set(["الحادي", "الحادية", "الواحد"].map(normalize));
export const ORDINAL_TENS = table([
  ["العاشر", 10],
  ["العاشرة", 10],
  ["العشرين", 20],
  ["العشرون", 20],
  ["الثلاثين", 30],
  ["الثلاثون", 30],
]);
/** After a unit: «عشر» makes 11–19, «والعشرين» 21–29, «والثلاثين» 31. */
export const ORDINAL_TEEN = new Set(["عشر", "عشرة"].map(normalize));
export const ORDINAL_AND_TENS = table([
  ["والعشرين", 20],
  ["والعشرون", 20],
  ["والثلاثين", 30],
  ["والثلاثون", 30],
]);

const words = (s: string) => new Set(s.split(/\s+/u).map(normalize));
export const YESTERDAY = words("أمس الأمس البارحة");
export const TODAY = words("اليوم");
export const TOMORROW = words("غدا غداً الغد");
export const PAST = words("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق");
export const NEXT = words("المقبل المقبلة القادم القادمة");
export const CURRENT = words("الجاري الحالي الحالية الجارية");
export const PARTS_OF_DAY = new Map([
  ...[...words("صباح فجر ظهر ظهيرة ضحى")].map((w) => [w, "morning"] as const),
  ...[...words("مساء عصر")].map((w) => [w, "evening"] as const),
  ...[...words("ليل ليلة منتصف")].map((w) => [w, "night"] as const),
]);
/** After «اليوم», these make it «the next day», «the same day», «World … Day»: not today. */
export const NOT_TODAY_AFTER = words("التالي نفسه ذاته السابق الأول الثاني الثالث الرابع الأخير العالمي الدولي الوطني");
export const YEAR_WORDS = words("عام العام سنة السنة");
export const WEEK_WORDS = words("الأسبوع الاسبوع");
export const MONTH_WORDS = words("الشهر");
export const MONTH_LEAD = words("شهر");
/** A bare month name counts as a date after these («في أبريل», «منذ نيسان»). */
export const MONTH_PREPOSITIONS = words("في منذ خلال مطلع أوائل أواخر منتصف نهاية بداية حتى");
export const DAY_WORD = normalize("يوم");
export const OF = normalize("من");

/** Hijri months; the two-word ones by their first word, then the second. */
export const HIJRI_MONTHS = table([
  ["محرم", 1],
  ["صفر", 2],
  ["رجب", 7],
  ["شعبان", 8],
  ["رمضان", 9],
  ["شوال", 10],
]);
export const HIJRI_TWO_WORD = new Map<string, Map<string, number>>([
  [
    normalize("ربيع"),
    table([
      ["الأول", 3],
      ["الثاني", 4],
      ["الآخر", 4],
    ]),
  ],
  [
    normalize("جمادى"),
    table([
      ["الأولى", 5],
      ["الأول", 5],
      ["الآخرة", 6],
      ["الثانية", 6],
      ["الآخر", 6],
      ["الثاني", 6],
    ]),
  ],
  [
    normalize("ذو"),
    table([
      ["القعدة", 11],
      ["الحجة", 12],
    ]),
  ],
  [
    normalize("ذي"),
    table([
      ["القعدة", 11],
      ["الحجة", 12],
    ]),
  ],
]);
/** Hijri month names that are also names or words («صفر» zero, «محرم» forbidden, «رجب», «شعبان» given names): need a day, a year or «شهر». */
export const AMBIGUOUS_HIJRI = new Set(["محرم", "صفر", "رجب", "شعبان", "شوال"].map(normalize));
/** After a Hijri year: «1438 هـ», «1438 ه», «1438 هجري», «1438 للهجرة». */
export const HIJRI_YEAR_MARKS = words("هـ ه هجري هجرية للهجرة");

/** Units of «قبل يومين», «منذ أسبوع», «قبل ثلاثة أشهر»: singular, dual, plural. */
export const DURATION_UNITS = new Map<string, { unit: "day" | "week" | "month" | "year"; count?: number }>([
  ...[...words("يوم يوما")].map((w) => [w, { unit: "day" as const, count: 1 }] as const),
  ...[...words("يومين يومان")].map((w) => [w, { unit: "day" as const, count: 2 }] as const),
  ...[...words("أيام")].map((w) => [w, { unit: "day" as const }] as const),
  ...[...words("أسبوع اسبوع أسبوعا")].map((w) => [w, { unit: "week" as const, count: 1 }] as const),
  ...[...words("أسبوعين أسبوعان اسبوعين")].map((w) => [w, { unit: "week" as const, count: 2 }] as const),
  ...[...words("أسابيع")].map((w) => [w, { unit: "week" as const }] as const),
  ...[...words("شهر شهرا")].map((w) => [w, { unit: "month" as const, count: 1 }] as const),
  ...[...words("شهرين شهران")].map((w) => [w, { unit: "month" as const, count: 2 }] as const),
  ...[...words("أشهر شهور")].map((w) => [w, { unit: "month" as const }] as const),
  ...[...words("عام سنة عاما")].map((w) => [w, { unit: "year" as const, count: 1 }] as const),
  ...[...words("عامين عامان سنتين سنتان")].map((w) => [w, { unit: "year" as const, count: 2 }] as const),
  ...[...words("أعوام سنوات سنين")].map((w) => [w, { unit: "year" as const }] as const),
]);
/** «قبل يومين» (ago) and «منذ يومين» (since: from then until the report). */
export const AGO = normalize("قبل");
export const SINCE = normalize("منذ");
/** «من الاثنين حتى الأربعاء», «بين 1 و5 أبريل»: the words that join the two ends of a range. */
export const RANGE_OPENERS = words("من منذ بين");
export const RANGE_JOINERS = words("إلى الى حتى لغاية وحتى ولغاية وإلى والى");
/** «تستغرق يومين», «لمدة ثلاثة أيام», «على مدى أسبوع»: how long something lasts. */
export const DURATION_LEADS = words("تستغرق يستغرق تستمر يستمر تدوم يدوم لمدة مدتها مدته");
