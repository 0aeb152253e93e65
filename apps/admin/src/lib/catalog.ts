import { EVENT_TYPES, type EditableKind } from "@waqai/schema";
import {
  ACTOR_KIND,
  ATTRIBUTION,
  CIVILIAN_TARGETING,
  CLARITY,
  CONFIDENCE,
  CONFLICT_STATUS,
  CONFLICT_TYPE,
  EVENT_PLACE_ROLE,
  INCOMPATIBILITY,
  DATE_BASIS,
  DISPUTE_KIND,
  DISPUTE_STATUS,
  EVENT_RELATION,
  eventTypeLabel,
  GRADING,
  ISSUE_STATUS,
  ISSUE_TYPE,
  LOCATION_PRECISION,
  MODALITY,
  PARTICIPANT_ROLE,
  PLACE_FEATURE,
  POSITION_BASIS,
  QUANTITY_KIND,
  STANCE,
  TIME_PRECISION,
  WEAPON,
  WINDOW_BASIS,
  type Label,
} from "@waqai/ui";

/**
 * The admin's catalog of field names, options and hints, in Arabic and English: every form reads its
 * labels here, so no field shows its property name and no option shows its code.
 */
export type FormKind = EditableKind | "figure" | "participant" | "relation" | "eventPlace";

const L = (ar: string, en: string): Label => ({ ar, en });

const COMMON: Record<string, Label> = {
  titleAr: L("العنوان بالعربية", "Title (Arabic)"),
  titleEn: L("العنوان بالإنجليزية", "Title (English)"),
  summaryAr: L("الملخص بالعربية", "Summary (Arabic)"),
  summaryEn: L("الملخص بالإنجليزية", "Summary (English)"),
  nameAr: L("الاسم بالعربية", "Name (Arabic)"),
  nameEn: L("الاسم بالإنجليزية", "Name (English)"),
  variants: L("أسماء أخرى وتهجئات", "Other names and spellings"),
  statementAr: L("النص بالعربية", "Statement (Arabic)"),
  statementEn: L("النص بالإنجليزية", "Statement (English)"),
  descriptionAr: L("الوصف بالعربية", "Description (Arabic)"),
  descriptionEn: L("الوصف بالإنجليزية", "Description (English)"),
  notesAr: L("ملاحظات بالعربية", "Notes (Arabic)"),
  notesEn: L("ملاحظات بالإنجليزية", "Notes (English)"),
  country: L("البلد (رمز من حرفين)", "Country (two-letter code)"),
  url: L("الرابط", "Web address"),
  outletId: L("الوسيلة الإعلامية", "Outlet"),
  documentId: L("المقال", "Article"),
  eventId: L("الحدث", "Event"),
  positionId: L("الموقف", "Position"),
  actorId: L("الفاعل", "Actor"),
  placeId: L("المكان", "Place"),
};

const BY_KIND: Record<FormKind, Record<string, Label>> = {
  document: {
    titleAr: L("عنوان المقال بالعربية", "Article title (Arabic)"),
    titleEn: L("عنوان المقال بالإنجليزية", "Article title (English)"),
    publishedDate: L("تاريخ النشر", "Publication date"),
    publishedPrecision: L("دقة تاريخ النشر", "Publication date precision"),
    publishedBasis: L("مصدر تاريخ النشر", "How the publication date is known"),
    publishedEarliest: L("أبكر يوم ممكن للنشر", "Earliest possible publication day"),
    publishedLatest: L("آخر يوم ممكن للنشر", "Latest possible publication day"),
  },
  event: {
    type: L("نوع الحدث", "Event type"),
    dateStart: L("تاريخ البدء", "Start date"),
    dateEnd: L("تاريخ الانتهاء", "End date"),
    timePrecision: L("دقة التاريخ", "Date precision"),
    timeBasis: L("مصدر التاريخ", "How the date is known"),
    timeExpression: L("عبارة التاريخ في النص", "Date words in the text"),
    timeAnchor: L("التاريخ المرجعي للعبارة", "Date the words were resolved against"),
    windowBasis: L("كيف حُدّدت النافذة الزمنية", "How the date window is bounded"),
    dateEarliest: L("أبكر يوم ممكن", "Earliest possible day"),
    dateLatest: L("آخر يوم ممكن", "Latest possible day"),
    conflictId: L("النزاع المسلح", "Armed conflict"),
    dyadId: L("الثنائية (طرفا القتال)", "Dyad (the two sides fighting)"),
    locationPrecision: L("دقة المكان", "Location precision"),
    weapons: L("الأسلحة", "Weapons"),
    civilianTargeting: L("استهداف المدنيين", "Civilians targeted"),
    grading: L("تقدير الموثوقية", "Grading"),
    clarity: L("وضوح الرواية", "Clarity of the account"),
    assessmentNoteAr: L("ملاحظة التقدير بالعربية", "Assessment note (Arabic)"),
    assessmentNoteEn: L("ملاحظة التقدير بالإنجليزية", "Assessment note (English)"),
  },
  actor: { kind: L("صنف الفاعل", "Kind of actor"), parentId: L("يتبع لـ", "Part of") },
  place: { feature: L("نوع المكان", "Kind of place"), lat: L("خط العرض", "Latitude"), lon: L("خط الطول", "Longitude"), parentId: L("يقع ضمن", "Lies within") },
  claim: {
    claimantId: L("صاحب الادعاء", "Claimant"),
    modality: L("نوع الادعاء", "Kind of claim"),
    voice: L("بلسان من", "In whose words"),
    confidence: L("درجة الثقة", "Confidence"),
    statementAr: L("الادعاء بالعربية", "Claim (Arabic)"),
    statementEn: L("الادعاء بالإنجليزية", "Claim (English)"),
    eventId: L("الحدث الذي يخصه", "Event it is about"),
  },
  dispute: {
    kind: L("نوع الخلاف", "Kind of dispute"),
    disputeStatus: L("حالة الخلاف", "State of the dispute"),
    startDate: L("تاريخ البدء", "Start date"),
    endDate: L("تاريخ الانتهاء", "End date"),
  },
  issue: {
    disputeId: L("الخلاف", "Dispute"),
    ordinal: L("الترتيب", "Order"),
    issueType: L("نوع النقطة", "Kind of point"),
    issueStatus: L("حالة النقطة", "State of the point"),
  },
  position: {
    issueId: L("نقطة الخلاف", "Point of dispute"),
    stance: L("الموقف", "Stance"),
    basis: L("بلسان من", "In whose words"),
    framedByActorId: L("صاغه الفاعل", "Framed by (actor)"),
    framedByOutletId: L("صاغته الوسيلة", "Framed by (outlet)"),
    statedDate: L("تاريخ التصريح", "Date stated"),
  },
  figure: {
    kind: L("ما يُعدّ", "What is counted"),
    words: L("الكلمات كما وردت", "Words as written"),
    vague: L("عدد غير محدد («عشرات»)", "Vague («dozens»)"),
    low: L("الحد الأدنى", "Lowest"),
    best: L("أفضل تقدير", "Best estimate"),
    high: L("الحد الأعلى", "Highest"),
    subjectAr: L("المعدودون بالعربية", "Who is counted (Arabic)"),
    subjectEn: L("المعدودون بالإنجليزية", "Who is counted (English)"),
    convention: L("القاعدة المتّبعة للعدد", "Convention for the number"),
    noteAr: L("ملاحظة بالعربية", "Note (Arabic)"),
    noteEn: L("ملاحظة بالإنجليزية", "Note (English)"),
  },
  participant: { actorId: L("الفاعل", "Actor"), role: L("الدور في الحدث", "Role in the event"), attribution: L("درجة الإسناد", "Attribution") },
  relation: { relation: L("نوع الصلة", "Relation"), relatedEventId: L("الحدث المرتبط", "Related event") },
  eventPlace: { placeId: L("المكان", "Place"), role: L("صلته بالحدث", "How the event involves it") },
  conflict: {
    type: L("نوع النزاع (تصنيف UCDP)", "Type of conflict (UCDP)"),
    incompatibility: L("موضع النزاع", "Incompatibility (what is fought over)"),
    contestedAr: L("ما المتنازع عليه بالعربية", "What is contested (Arabic)"),
    contestedEn: L("ما المتنازع عليه بالإنجليزية", "What is contested (English)"),
    conflictStatus: L("حالة النزاع", "State of the conflict"),
    startDate: L("تاريخ البدء", "Start date"),
    endDate: L("تاريخ الانتهاء", "End date"),
  },
};

export function fieldLabel(kind: FormKind, field: string): Label {
  return BY_KIND[kind][field] ?? COMMON[field] ?? L(field, field);
}

const options = <T extends string>(labels: Record<T, Label>) => labels as Record<string, Label>;
const EVENT_TYPE_LABELS = Object.fromEntries(EVENT_TYPES.map((t) => [t, eventTypeLabel(t)])) as Record<string, Label>;

/** Labels of each enum field's options, by form kind and field. */
const OPTIONS: Partial<Record<FormKind, Record<string, Record<string, Label>>>> = {
  document: { publishedPrecision: options(TIME_PRECISION), publishedBasis: options(DATE_BASIS) },
  event: {
    type: EVENT_TYPE_LABELS,
    timePrecision: options(TIME_PRECISION),
    timeBasis: options(DATE_BASIS),
    windowBasis: options(WINDOW_BASIS),
    locationPrecision: options(LOCATION_PRECISION),
    weapons: options(WEAPON),
    civilianTargeting: options(CIVILIAN_TARGETING),
    grading: options(GRADING),
    clarity: options(CLARITY),
  },
  actor: { kind: options(ACTOR_KIND) },
  place: { feature: options(PLACE_FEATURE) },
  claim: { modality: options(MODALITY), confidence: options(CONFIDENCE), voice: options(POSITION_BASIS) },
  dispute: { kind: options(DISPUTE_KIND), disputeStatus: options(DISPUTE_STATUS) },
  issue: { issueType: options(ISSUE_TYPE), issueStatus: options(ISSUE_STATUS) },
  position: { stance: options(STANCE), basis: options(POSITION_BASIS) },
  figure: { kind: options(QUANTITY_KIND) },
  participant: { role: options(PARTICIPANT_ROLE), attribution: options(ATTRIBUTION) },
  relation: { relation: options(EVENT_RELATION) },
  eventPlace: { role: options(EVENT_PLACE_ROLE) },
  conflict: { type: options(CONFLICT_TYPE), incompatibility: options(INCOMPATIBILITY), conflictStatus: options(CONFLICT_STATUS) },
};

export function optionLabel(kind: FormKind, field: string, value: string): Label {
  return OPTIONS[kind]?.[field]?.[value] ?? L(value, value);
}

/** What a field expects, shown under it. */
export const FIELD_HINT: Record<string, Label> = {
  dateStart: L("سنة، أو سنة-شهر، أو سنة-شهر-يوم: 2017 أو 2017-04 أو 2017-04-22", "YYYY, YYYY-MM or YYYY-MM-DD: 2017, 2017-04 or 2017-04-22"),
  dateEnd: L("اتركه فارغاً إن كان الحدث في يوم واحد", "Leave empty for a one-day event"),
  dateEarliest: L(
    "يوم كامل. مع «من التاريخ ودقّته» تُحسب النافذة وحدها؛ اختر أساساً آخر لتكتبها",
    "A whole day. With “from the date and its precision” the window is computed; choose another basis to write it",
  ),
  dateLatest: L("يوم كامل؛ اتركه فارغاً إن لم يحدّه النص", "A whole day; leave empty if the text gives no bound"),
  dyadId: L("معرّف الثنائية من صفحة النزاع، مثل dy-sy-gov-opposition", "The dyad's id from the conflict's page, such as dy-sy-gov-opposition"),
  publishedDate: L("سنة-شهر-يوم، مثل 2017-04-23", "YYYY-MM-DD, such as 2017-04-23"),
  variants: L("افصل بينها بفاصلة", "Separate them with commas"),
  country: L("مثل sy أو ru أو us", "Such as sy, ru or us"),
  convention: L("مطلوبة إذا أُعطي رقم لعبارة غير محددة، مثل: ACLED «عشرات» = 12", "Needed when a vague word is given a number, e.g. ACLED «dozens» = 12"),
};

/** Form sections per kind: fields in the order an editor fills them, under a heading. */
export const SECTIONS: Partial<Record<EditableKind, { title: Label; fields: string[] }[]>> = {
  event: [
    { title: L("ما الذي حدث", "What happened"), fields: ["type", "titleAr", "titleEn", "summaryAr", "summaryEn"] },
    { title: L("متى", "When"), fields: ["dateStart", "dateEnd", "timePrecision", "timeBasis", "timeExpression", "timeAnchor"] },
    { title: L("النافذة الزمنية", "Date window"), fields: ["windowBasis", "dateEarliest", "dateLatest"] },
    { title: L("أين", "Where"), fields: ["placeId", "locationPrecision"] },
    { title: L("النزاع", "Conflict"), fields: ["conflictId", "dyadId"] },
    { title: L("كيف", "How"), fields: ["weapons", "civilianTargeting"] },
    { title: L("التقدير", "Assessment"), fields: ["grading", "clarity", "assessmentNoteAr", "assessmentNoteEn"] },
  ],
};

const PARTS: Record<string, Label> = {
  figures: L("الأرقام", "Figures"),
  participants: L("المشاركون", "Participants"),
  relations: L("الصلات بأحداث أخرى", "Relations to other events"),
  places: L("أماكن أخرى للحدث", "Other places of the event"),
};

/** A field's or an event part's name, for lists of what changed. */
export function changeLabel(kind: FormKind, field: string): Label {
  return PARTS[field] ?? fieldLabel(kind, field);
}
