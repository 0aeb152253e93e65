import type {
  Assessment,
  Attribution,
  CitationRole,
  CivilianTargeting,
  Confidence,
  DateBasis,
  EditorialStatus,
  EventType,
  IssueLinkRelation,
  LocationPrecision,
  Modality,
  ParticipantRole,
  QuantityKind,
  TimePrecision,
  Weapon,
} from "@waqai/schema";
import { EVENT_TAXONOMY } from "@waqai/schema";

/** A label in both languages; Arabic is what the reader sees first. */
export interface Label {
  ar: string;
  en: string;
}
type Options<T extends { options: readonly string[] }> = T["options"][number];
type Labels<T extends { options: readonly string[] }> = Record<Options<T>, Label>;

export function eventTypeLabel(type: Options<typeof EventType>): Label {
  return EVENT_TAXONOMY[type].label;
}

export const TIME_PRECISION: Labels<typeof TimePrecision> = {
  day: { ar: "اليوم", en: "day" },
  week: { ar: "الأسبوع", en: "week" },
  month: { ar: "الشهر", en: "month" },
  year: { ar: "السنة", en: "year" },
  unknown: { ar: "غير معروفة", en: "unknown" },
};

export const DATE_BASIS: Labels<typeof DateBasis> = {
  stated: { ar: "مذكور في النص", en: "stated in the text" },
  relative: { ar: "محسوب من تعبير نسبي", en: "resolved from a relative expression" },
  inferred: { ar: "استنتاج تحريري", en: "inferred by an editor" },
  unknown: { ar: "غير معروف", en: "unknown" },
};

export const LOCATION_PRECISION: Labels<typeof LocationPrecision> = {
  exact: { ar: "المكان نفسه", en: "the place itself" },
  near: { ar: "قرب المكان أو في جزء منه", en: "near or part of the place" },
  region: { ar: "منطقة أوسع", en: "a wider region" },
  country: { ar: "على مستوى البلد", en: "country level" },
  unknown: { ar: "غير معروفة", en: "unknown" },
};

export const PARTICIPANT_ROLE: Labels<typeof ParticipantRole> = {
  initiator: { ar: "المبادِر", en: "initiator" },
  target: { ar: "المستهدَف", en: "target" },
  mediator: { ar: "الوسيط", en: "mediator" },
  party: { ar: "طرف", en: "party" },
  victim: { ar: "متضرِّر", en: "victim" },
  observer: { ar: "مراقِب", en: "observer" },
};

export const ATTRIBUTION: Labels<typeof Attribution> = {
  declared: { ar: "مُعلَن", en: "declared" },
  likely: { ar: "مرجَّح", en: "likely" },
  alleged: { ar: "مزعوم", en: "alleged" },
  contested: { ar: "متنازَع عليه", en: "contested" },
};

export const MODALITY: Labels<typeof Modality> = {
  // Nouns, not verbs: a claimant may be a person, a ministry or «مصادر», and a noun needs no agreement.
  asserted: { ar: "تأكيد", en: "assertion" },
  reported: { ar: "نقل", en: "report" },
  alleged: { ar: "ادّعاء", en: "allegation" },
  denied: { ar: "نفي", en: "denial" },
  planned: { ar: "إعلان نيّة", en: "stated plan" },
  agreed: { ar: "اتفاق", en: "agreement" },
  affirmed_support: { ar: "تأكيد دعم", en: "affirmed support" },
};

export const CONFIDENCE: Labels<typeof Confidence> = {
  high: { ar: "عالية", en: "high" },
  medium: { ar: "متوسطة", en: "medium" },
  low: { ar: "منخفضة", en: "low" },
};

export const QUANTITY_KIND: Labels<typeof QuantityKind> = {
  killed: { ar: "قتلى", en: "killed" },
  injured: { ar: "جرحى", en: "injured" },
  killed_or_injured: { ar: "قتلى وجرحى", en: "killed or injured" },
  strikes: { ar: "ضربات", en: "strikes" },
  released: { ar: "مُفرَج عنهم", en: "released" },
  evacuated: { ar: "مُجلَون", en: "evacuated" },
  departed: { ar: "مغادرون", en: "departed" },
  detained: { ar: "محتجَزون", en: "detained" },
  displaced: { ar: "نازحون", en: "displaced" },
  duration_hours: { ar: "المدة بالساعات", en: "duration (hours)" },
  duration_days: { ar: "المدة بالأيام", en: "duration (days)" },
  other: { ar: "أخرى", en: "other" },
};

export const WEAPON: Labels<typeof Weapon> = {
  aircraft: { ar: "طائرات حربية", en: "aircraft" },
  air_to_surface_missile: { ar: "صواريخ جو-أرض", en: "air-to-surface missiles" },
  thermobaric: { ar: "أسلحة فراغية (حرارية ضغطية)", en: "thermobaric weapons" },
  bunker_buster: { ar: "قنابل ارتجاجية (خارقة للتحصينات)", en: "bunker busters" },
  barrel_bomb: { ar: "براميل متفجرة", en: "barrel bombs" },
  artillery: { ar: "مدفعية", en: "artillery" },
  small_arms: { ar: "أسلحة خفيفة", en: "small arms" },
  chemical_agent: { ar: "عامل كيماوي", en: "chemical agent" },
  other: { ar: "أخرى", en: "other" },
};

export const GRADING: Labels<(typeof Assessment)["shape"]["grading"]> = {
  confirmed: { ar: "مؤكَّد", en: "confirmed" },
  // Not «مرجَّح»: that word is "likely" (an attribution), a different scale; a grade of "fair" is acceptable evidence.
  fair: { ar: "مقبول", en: "fair" },
  weak: { ar: "ضعيف", en: "weak" },
  contested: { ar: "متنازَع عليه", en: "contested" },
  discounted: { ar: "مستبعَد", en: "discounted" },
  unassessed: { ar: "لم يُقيَّم بعد", en: "unassessed" },
};

export const CITATION_ROLE: Labels<typeof CitationRole> = {
  evidence: { ar: "دليل", en: "evidence" },
  attribution: { ar: "إسناد", en: "attribution" },
  date: { ar: "تاريخ", en: "date" },
  number: { ar: "رقم", en: "number" },
  place: { ar: "مكان", en: "place" },
  actor: { ar: "فاعل", en: "actor" },
  weapon: { ar: "سلاح", en: "weapon" },
  heading: { ar: "عنوان", en: "heading" },
};

export const EDITORIAL_STATUS: Labels<typeof EditorialStatus> = {
  draft: { ar: "مسودة", en: "draft" },
  in_review: { ar: "قيد المراجعة", en: "in review" },
  published: { ar: "منشور", en: "published" },
  retracted: { ar: "مسحوب", en: "retracted" },
};

export const ISSUE_LINK_RELATION: Labels<typeof IssueLinkRelation> = {
  evidence_for: { ar: "دليل على", en: "evidence for" },
  escalates: { ar: "يصعّد", en: "escalates" },
  de_escalates: { ar: "يهدّئ", en: "de-escalates" },
  settlement_attempt: { ar: "محاولة تسوية", en: "settlement attempt" },
  context: { ar: "سياق", en: "context" },
};

export const CIVILIAN_TARGETING: Labels<typeof CivilianTargeting> = {
  yes: { ar: "نعم", en: "yes" },
  no: { ar: "لا", en: "no" },
  unknown: { ar: "غير معروف", en: "unknown" },
};
