import type { Bi } from "@/lib/messages";

/**
 * What a span is marked for in the workspace: a key to press, a colour, and a name. Colours differ in
 * hue and in the pattern of their underline, so nested spans stay distinguishable without colour vision.
 */
export type MarkKind = "event" | "date" | "place" | "actor" | "figure" | "claim" | "other";

export const MARKS: Record<MarkKind, { key: string; color: string; label: Bi; style: "solid" | "dashed" | "double" | "dotted" }> = {
  event: { key: "e", color: "#0b5a48", label: { ar: "حدث", en: "Event" }, style: "solid" },
  date: { key: "d", color: "#1d4ed8", label: { ar: "تاريخ", en: "Date" }, style: "dashed" },
  place: { key: "p", color: "#7e22ce", label: { ar: "مكان", en: "Place" }, style: "double" },
  actor: { key: "a", color: "#b45309", label: { ar: "فاعل مشارك", en: "Participant" }, style: "dotted" },
  figure: { key: "f", color: "#b91c1c", label: { ar: "رقم", en: "Figure" }, style: "solid" },
  claim: { key: "c", color: "#0e7490", label: { ar: "ادعاء", en: "Claim" }, style: "dashed" },
  other: { key: "", color: "#57534e", label: { ar: "غير ذلك", en: "Other" }, style: "dotted" },
};

/** A stored citation's mark, from its role and target. */
export function markOf(span: { role: string; targetKind: string }): MarkKind {
  if (span.targetKind === "quantity" || span.role === "number") return "figure";
  if (span.role === "date") return "date";
  if (span.targetKind === "place" || span.role === "place") return "place";
  if (span.targetKind === "actor" || span.role === "actor") return "actor";
  if (span.targetKind === "claim" || span.role === "attribution") return "claim";
  if (span.targetKind === "event") return "event";
  return "other";
}
