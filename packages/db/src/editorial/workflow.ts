import type { EditorialStatus, Role } from "@waqai/schema";
import type { Bilingual } from "./errors";

/** Who may move a record from one status to another. Anything not listed is not a move. */
const MOVES: Record<string, readonly Role[]> = {
  "draft>in_review": ["editor", "reviewer", "admin"],
  "in_review>draft": ["editor", "reviewer", "admin"],
  "in_review>published": ["reviewer", "admin"],
  "published>retracted": ["reviewer", "admin"],
  "retracted>draft": ["reviewer", "admin"],
};

/** Content is edited while a record is a draft or in review; published records are retracted, then reworked. */
export const EDITABLE_STATUSES: readonly EditorialStatus[] = ["draft", "in_review"];

export function moveRefusal(role: Role, from: EditorialStatus, to: EditorialStatus): Bilingual | null {
  const allowed = MOVES[`${from}>${to}`];
  if (!allowed) return { ar: `لا يمكن نقل السجل من «${from}» إلى «${to}».`, en: `A record cannot move from ${from} to ${to}.` };
  if (!allowed.includes(role)) return { ar: `دورك (${role}) لا يسمح بنقل السجل من «${from}» إلى «${to}».`, en: `Your role (${role}) may not move a record from ${from} to ${to}.` };
  return null;
}

export const OWN_EDIT_REFUSAL: Bilingual = {
  ar: "لا يمكنك نشر سجل آخر تعديل فيه من صنعك؛ يجب أن يراجعه شخص آخر.",
  en: "You cannot publish a record whose last edit is your own; someone else must review it.",
};

export const NOT_EDITABLE: Bilingual = {
  ar: "لا يُحرَّر السجل المنشور أو المسحوب مباشرة؛ اسحبه ثم أعده مسودة.",
  en: "A published or retracted record is not edited in place: retract it, then return it to draft.",
};
