import type {
  ActorKind,
  DisputeKind,
  DisputeStatus,
  EventRelationType,
  IssueStatus,
  IssueType,
  OutletKind,
  PlaceFeature,
  PositionBasis,
  Side,
  Stance,
} from "@waqai/schema";
import type { Label } from "./labels";

type Labels<T extends { options: readonly string[] }> = Record<T["options"][number], Label>;

export const ACTOR_KIND: Labels<typeof ActorKind> = {
  state: { ar: "دولة", en: "state" },
  government_body: { ar: "جهة حكومية", en: "government body" },
  armed_forces: { ar: "قوات مسلحة", en: "armed forces" },
  armed_group: { ar: "جماعة مسلحة", en: "armed group" },
  militia: { ar: "ميليشيا", en: "militia" },
  political_party: { ar: "حزب سياسي", en: "political party" },
  international_org: { ar: "منظمة دولية", en: "international organisation" },
  ngo: { ar: "منظمة غير حكومية", en: "NGO" },
  media: { ar: "وسيلة إعلام", en: "media" },
  person: { ar: "شخص", en: "person" },
  unnamed_source: { ar: "مصدر غير مسمّى", en: "unnamed source" },
  civilians: { ar: "مدنيون", en: "civilians" },
  alliance: { ar: "تحالف", en: "alliance" },
  other: { ar: "أخرى", en: "other" },
};

export const PLACE_FEATURE: Labels<typeof PlaceFeature> = {
  country: { ar: "بلد", en: "country" },
  governorate: { ar: "محافظة", en: "governorate" },
  region: { ar: "منطقة", en: "region" },
  city: { ar: "مدينة", en: "city" },
  town: { ar: "بلدة", en: "town" },
  village: { ar: "قرية", en: "village" },
  district: { ar: "حيّ أو منطقة إدارية", en: "district" },
  facility: { ar: "منشأة", en: "facility" },
  crossing: { ar: "معبر", en: "crossing" },
  continent: { ar: "قارة أو إقليم واسع", en: "continent or wide region" },
  other: { ar: "أخرى", en: "other" },
};

export const DISPUTE_KIND: Labels<typeof DisputeKind> = {
  interstate: { ar: "بين دول", en: "interstate" },
  intrastate: { ar: "داخلي", en: "intrastate" },
  diplomatic: { ar: "دبلوماسي", en: "diplomatic" },
  territorial: { ar: "على أرض", en: "territorial" },
  other: { ar: "أخرى", en: "other" },
};

export const DISPUTE_STATUS: Labels<typeof DisputeStatus> = {
  active: { ar: "قائم", en: "active" },
  dormant: { ar: "خامد", en: "dormant" },
  settled: { ar: "مُسوّى", en: "settled" },
  unknown: { ar: "غير معروفة", en: "unknown" },
};

export const ISSUE_TYPE: Labels<typeof IssueType> = {
  military: { ar: "عسكرية", en: "military" },
  humanitarian: { ar: "إنسانية", en: "humanitarian" },
  accountability: { ar: "محاسبة", en: "accountability" },
  diplomatic: { ar: "دبلوماسية", en: "diplomatic" },
  security: { ar: "أمنية", en: "security" },
  territorial: { ar: "على أرض", en: "territorial" },
  weapons: { ar: "أسلحة", en: "weapons" },
  other: { ar: "أخرى", en: "other" },
};

export const ISSUE_STATUS: Labels<typeof IssueStatus> = {
  open: { ar: "مفتوحة", en: "open" },
  narrowing: { ar: "تضيق الهوة", en: "narrowing" },
  resolved: { ar: "محسومة", en: "resolved" },
  unknown: { ar: "غير معروفة", en: "unknown" },
};

export const STANCE: Labels<typeof Stance> = {
  supports: { ar: "يؤيد", en: "supports" },
  opposes: { ar: "يعارض", en: "opposes" },
  demands: { ar: "يطالب", en: "demands" },
  rejects: { ar: "يرفض", en: "rejects" },
  accused: { ar: "متَّهَم", en: "accused" },
  accuses: { ar: "يتّهم", en: "accuses" },
  agrees: { ar: "يوافق", en: "agrees" },
  unclear: { ar: "غير واضح", en: "unclear" },
};

export const POSITION_BASIS: Labels<typeof PositionBasis> = {
  stated: { ar: "بلسانه", en: "in its own words" },
  implied: { ar: "بصياغة غيره", en: "framed by others" },
};

export const SIDE: Labels<typeof Side> = {
  a: { ar: "الطرف الأول", en: "side A" },
  b: { ar: "الطرف الثاني", en: "side B" },
  third_party: { ar: "طرف ثالث", en: "third party" },
};

export const CLARITY: Record<"high" | "low", Label> = {
  high: { ar: "واضح", en: "clear" },
  low: { ar: "غير واضح", en: "unclear" },
};

export const EVENT_RELATION: Labels<typeof EventRelationType> = {
  part_of: { ar: "جزء من", en: "part of" },
  response_to: { ar: "ردّ على", en: "response to" },
  same_as: { ar: "هو نفسه", en: "same as" },
  enables: { ar: "يمهّد لـ", en: "enables" },
  concurrent_with: { ar: "متزامن مع", en: "concurrent with" },
  follows: { ar: "يلي", en: "follows" },
  outcome_of: { ar: "نتيجة لـ", en: "outcome of" },
};

export const OUTLET_KIND: Labels<typeof OutletKind> = {
  newspaper: { ar: "صحيفة", en: "newspaper" },
  news_agency: { ar: "وكالة أنباء", en: "news agency" },
  broadcaster: { ar: "محطة بث", en: "broadcaster" },
  website: { ar: "موقع إخباري", en: "website" },
  government: { ar: "جهة حكومية", en: "government" },
  unknown: { ar: "غير معروفة", en: "unknown" },
};
