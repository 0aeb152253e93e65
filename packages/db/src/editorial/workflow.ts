import { WORKFLOW_MOVES, type EditorialStatus, type Role } from "@waqai/schema";
import type { Bilingual } from "./errors";

export { EDITABLE_STATUSES } from "@waqai/schema";

const STATUS_AR: Record<EditorialStatus, string> = { draft: "مسودة", in_review: "قيد المراجعة", published: "منشور", retracted: "مسحوب" };
const STATUS_EN: Record<EditorialStatus, string> = { draft: "draft", in_review: "in review", published: "published", retracted: "retracted" };
const ROLE_AR: Record<Role, string> = { admin: "مشرف", editor: "محرر", reviewer: "مراجع" };

/** Why this role may not make this move (the one move table is WORKFLOW_MOVES in @waqai/schema), or null. */
export function moveRefusal(role: Role, from: EditorialStatus, to: EditorialStatus): Bilingual | null {
  const move = WORKFLOW_MOVES.find((m) => m.from === from && m.to === to);
  if (!move)
    return { ar: `لا يمكن نقل السجل من «${STATUS_AR[from]}» إلى «${STATUS_AR[to]}».`, en: `A record cannot move from ${STATUS_EN[from]} to ${STATUS_EN[to]}.` };
  if (!move.roles.includes(role))
    return {
      ar: `دورك (${ROLE_AR[role]}) لا يسمح بنقل السجل من «${STATUS_AR[from]}» إلى «${STATUS_AR[to]}».`,
      en: `Your role (${role}) may not move a record from ${STATUS_EN[from]} to ${STATUS_EN[to]}.`,
    };
  return null;
}

export const OWN_EDIT_REFUSAL: Bilingual = {
  ar: "لا يمكنك نشر سجل شاركت في تحريره منذ آخر نشر؛ يجب أن يراجعه شخص آخر.",
  en: "You cannot publish a record you edited since it was last published; someone else must review it.",
};

export const NOT_EDITABLE: Bilingual = {
  ar: "لا يُحرَّر السجل المسحوب؛ أعده مسودة أولاً.",
  en: "A retracted record is not edited: return it to draft first.",
};
