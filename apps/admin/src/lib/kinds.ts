import { EDITABLE_KINDS, type EditableKind } from "@waqai/schema";
import type { Bi } from "./messages";

export const KIND_LABEL: Record<EditableKind, Bi> = {
  event: { ar: "الأحداث", en: "Events" },
  document: { ar: "المستندات", en: "Documents" },
  claim: { ar: "الادعاءات", en: "Claims" },
  actor: { ar: "الفاعلون", en: "Actors" },
  place: { ar: "الأماكن", en: "Places" },
  dispute: { ar: "الخلافات", en: "Disputes" },
  issue: { ar: "نقاط الخلاف", en: "Issues" },
  position: { ar: "المواقف", en: "Positions" },
};

export function isKind(k: string): k is EditableKind {
  return (EDITABLE_KINDS as readonly string[]).includes(k);
}

/** Field names as editors read them; a field without a label shows its name. */
export const FIELD_LABEL: Record<string, Bi> = {
  type: { ar: "النوع", en: "Type" },
  titleAr: { ar: "العنوان بالعربية", en: "Title (Arabic)" },
  titleEn: { ar: "العنوان بالإنجليزية", en: "Title (English)" },
  summaryAr: { ar: "الملخص بالعربية", en: "Summary (Arabic)" },
  summaryEn: { ar: "الملخص بالإنجليزية", en: "Summary (English)" },
  dateStart: { ar: "تاريخ البدء", en: "Start date" },
  dateEnd: { ar: "تاريخ الانتهاء", en: "End date" },
  nameAr: { ar: "الاسم بالعربية", en: "Name (Arabic)" },
  nameEn: { ar: "الاسم بالإنجليزية", en: "Name (English)" },
  statementAr: { ar: "النص بالعربية", en: "Statement (Arabic)" },
  statementEn: { ar: "النص بالإنجليزية", en: "Statement (English)" },
  placeId: { ar: "المكان (معرّف)", en: "Place (id)" },
  kind: { ar: "الصنف", en: "Kind" },
  words: { ar: "الكلمات كما وردت", en: "Words as written" },
  best: { ar: "أفضل تقدير", en: "Best estimate" },
};

/** One record of the kind, as a heading or a "create …" button names it. */
export const KIND_ONE: Record<EditableKind, Bi> = {
  event: { ar: "حدث", en: "Event" },
  document: { ar: "مقال", en: "Article" },
  claim: { ar: "ادعاء", en: "Claim" },
  actor: { ar: "فاعل", en: "Actor" },
  place: { ar: "مكان", en: "Place" },
  dispute: { ar: "خلاف", en: "Dispute" },
  issue: { ar: "نقطة خلاف", en: "Point of dispute" },
  position: { ar: "موقف", en: "Position" },
};
