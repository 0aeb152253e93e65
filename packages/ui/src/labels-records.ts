import type {
  ActorKind,
  ConflictPartyRole,
  ConflictStatus,
  ConflictType,
  EventPlaceRole,
  Incompatibility,
  WindowBasis,
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
import { ACTOR_KIND_LABELS } from "@waqai/schema";
import type { Label } from "./labels";

type Labels<T extends { options: readonly string[] }> = Record<T["options"][number], Label>;

export const ACTOR_KIND: Labels<typeof ActorKind> = ACTOR_KIND_LABELS;

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

// Nouns, not verbs: an actor may be a state («إيران», feminine), a minister or «مصادر», and a noun needs no
// agreement («إيران: اقتراح», never «إيران يطالب»). Each stance has its own word.
export const STANCE: Labels<typeof Stance> = {
  supports: { ar: "تأييد", en: "support" },
  opposes: { ar: "معارضة", en: "opposition" },
  proposes: { ar: "اقتراح", en: "proposal" },
  demands: { ar: "مطالبة", en: "demand" },
  rejects: { ar: "رفض", en: "rejection" },
  accused: { ar: "موضع اتهام", en: "accused" },
  accuses: { ar: "اتهام", en: "accusation" },
  denies: { ar: "نفي", en: "denial" },
  agrees: { ar: "موافقة", en: "agreement" },
  unclear: { ar: "موقف غير واضح", en: "unclear" },
};

/** Whose words a position is in (the schema's Voice). */
export const POSITION_BASIS: Labels<typeof PositionBasis> = {
  own_words: { ar: "بكلماته هو", en: "in its own words" },
  reported: { ar: "منقول عنه", en: "as reported" },
  framed: { ar: "بصياغة غيره", en: "framed by others" },
};

export const WINDOW_BASIS: Labels<typeof WindowBasis> = {
  date: { ar: "من التاريخ ودقّته", en: "from the date and its precision" },
  relative: { ar: "من عبارة نسبية محسوبة على تاريخ النشر", en: "from a relative expression read against the publication date" },
  relations: { ar: "من أحداث مرتبطة به", en: "from related events" },
  publication: { ar: "وقع قبل نشر الخبر فقط", en: "only that it happened by the report's publication" },
  editor: { ar: "من قراءة المحرّر", en: "from the editor's reading" },
};

export const EVENT_PLACE_ROLE: Labels<typeof EventPlaceRole> = {
  site: { ar: "مكان وقوع", en: "site" },
  origin: { ar: "نقطة انطلاق", en: "origin" },
  destination: { ar: "وجهة", en: "destination" },
  subject: { ar: "موضوع", en: "subject" },
};

export const CONFLICT_TYPE: Labels<typeof ConflictType> = {
  extrasystemic: { ar: "خارج النظام (استعماري)", en: "extrasystemic" },
  interstate: { ar: "بين دول", en: "interstate" },
  intrastate: { ar: "داخلي", en: "intrastate" },
  internationalized_intrastate: { ar: "داخلي مدوَّل", en: "internationalized intrastate" },
};

export const INCOMPATIBILITY: Labels<typeof Incompatibility> = {
  territory: { ar: "على أرض", en: "territory" },
  government: { ar: "على الحكم", en: "government" },
  territory_and_government: { ar: "على الأرض والحكم", en: "territory and government" },
};

export const CONFLICT_STATUS: Labels<typeof ConflictStatus> = {
  active: { ar: "قائم", en: "active" },
  inactive: { ar: "خامد", en: "inactive" },
  ended: { ar: "منتهٍ", en: "ended" },
  unknown: { ar: "غير معروف", en: "unknown" },
};

export const CONFLICT_PARTY_ROLE: Labels<typeof ConflictPartyRole> = {
  primary: { ar: "طرف رئيسي", en: "primary party" },
  secondary: { ar: "طرف داعم", en: "supporting party" },
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
