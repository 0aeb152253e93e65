// Building blocks for Arabic-like synthetic text: real news vocabulary recombined, so tokenizers,
// normalizers and indexes see realistic letters, clitics, hamza forms and lengths.
export const SYLLABLES = ["كفر", "تل", "دير", "عين", "خان", "بيت", "جسر", "مرج", "قصر", "أبو", "حاس", "نبل", "سرم", "زيت", "رام", "حمر", "سلق", "بنش", "معر", "شيخ", "طيب", "حلف", "ورد", "نور"];
export const SUFFIXES = ["ة", "ان", "ين", "ية", "ون", "", "ا", "ى"];
export const REGIONS = ["ريف حلب الغربي", "ريف حلب الشمالي", "ريف إدلب الجنوبي", "ريف حماة الشمالي", "ريف دمشق", "الغوطة الشرقية", "ريف اللاذقية", "ريف دير الزور", "ريف الرقة", "ريف درعا"];
export const ACTOR_STEMS = ["قوات", "كتائب", "لواء", "جيش", "فصائل", "ألوية", "حركة", "جبهة", "مجلس", "تجمع"];
export const ACTOR_TAILS = ["النصر", "الفتح", "الشام", "التحرير", "الأحرار", "الجنوب", "الشمال", "الساحل", "البادية", "الفرات"];
export const VERBS: Record<string, string[]> = {
  air_strike: ["شنت الطائرات غارات جوية على", "استهدفت غارة جوية", "قصفت الطائرات الحربية"],
  shelling: ["قصفت المدفعية", "سقطت قذائف صاروخية على", "استهدف قصف مدفعي"],
  chemical_attack: ["تعرضت لهجوم بغازات سامة", "أفادت تقارير عن هجوم كيماوي على"],
  ground_attack: ["شنت القوات هجوما بريا على", "تقدمت القوات البرية نحو"],
  armed_clash: ["اندلعت اشتباكات عنيفة في", "دارت معارك بين الطرفين في"],
  phone_call: ["بحث الوزيران في اتصال هاتفي الأوضاع في"],
  meeting: ["عقد الطرفان اجتماعا لبحث الأوضاع في"],
  statement: ["أصدرت الوزارة بيانا بشأن الأوضاع في"],
  agreement: ["توصل الطرفان إلى اتفاق بشأن", "أعلن عن اتفاق لوقف إطلاق النار في"],
  vote: ["رفض المجلس في تصويت مشروع قرار بشأن"],
  veto: ["استخدمت روسيا حق النقض الفيتو ضد قرار بشأن"],
  investigation: ["أعلنت المنظمة فتح تحقيق في الهجوم على"],
  evacuation: ["بدأت عملية إجلاء المدنيين من", "وصلت حافلات الخارجين من"],
  release: ["أفرج عن عشرات المعتقلين من", "أطلق سراح معتقلين من"],
  other: ["شهدت الأيام الماضية تطورات في"],
};
export const VAGUE = [
  { words: "عشرات", low: 12, convention: "ACLED: 'dozens' = 12 as the lowest figure" },
  { words: "مئات", low: 100, convention: "ACLED: 'hundreds' = 100 as the lowest figure" },
  { words: "عدد من", low: undefined, convention: undefined },
] as const;
