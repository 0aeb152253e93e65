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
  conflict: { ar: "النزاعات المسلحة", en: "Armed conflicts" },
};

export function isKind(k: string): k is EditableKind {
  return (EDITABLE_KINDS as readonly string[]).includes(k);
}

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
  conflict: { ar: "نزاع مسلح", en: "Armed conflict" },
};
