import { TRPCError } from "@trpc/server";
import type { Role } from "@waqai/schema";
import type { SessionUser } from "./context";

/** Who may call a procedure: anyone, or a signed-in user whose role is at least this. */
export type Tier = "public" | "editor" | "reviewer" | "admin";

export const TIER_ROLES: Record<Tier, readonly Role[] | null> = {
  public: null,
  editor: ["editor", "reviewer", "admin"],
  reviewer: ["reviewer", "admin"],
  admin: ["admin"],
};

const RANK: Record<Tier, number> = { public: 0, editor: 1, reviewer: 2, admin: 3 };

const edit = (kind: string, tier: Tier = "editor", creatable = true): Record<string, Tier> => ({
  [`edit.${kind}.get`]: tier,
  [`edit.${kind}.list`]: tier,
  ...(creatable ? { [`edit.${kind}.create`]: tier } : {}),
  [`edit.${kind}.update`]: tier,
  // Who may make which move is decided per move by the workflow rules; the door is for editors.
  [`edit.${kind}.setStatus`]: tier,
});

/**
 * The rule table: every procedure of the router, by path, with the least role that may call it.
 * The authorization test enumerates the router and fails for a procedure missing here; at run time
 * a procedure is held to the stricter of its tier and this rule, and a non-public one without a rule
 * is refused.
 */
export const RULES: Record<string, Tier> = {
  health: "public",
  "outlets.list": "public",
  "outlets.byId": "public",
  "citations.byId": "public",
  "issues.list": "public",
  "positions.list": "public",
  "documents.list": "public",
  "documents.byId": "public",
  "citations.list": "public",
  "actors.list": "public",
  "actors.byId": "public",
  "places.list": "public",
  "places.byId": "public",
  "events.list": "public",
  "events.byId": "public",
  "claims.list": "public",
  "claims.byId": "public",
  "disputes.list": "public",
  "disputes.byId": "public",
  "issues.byId": "public",
  "positions.byId": "public",
  "search.query": "public",
  "account.me": "public",
  "account.setLocale": "editor",
  ...edit("document", "editor", false),
  ...edit("event"),
  ...edit("claim"),
  ...edit("actor"),
  ...edit("place"),
  ...edit("dispute"),
  ...edit("issue"),
  ...edit("position"),
  "edit.event.addFigure": "editor",
  "edit.event.parts": "editor",
  "edit.event.setParticipants": "editor",
  "edit.event.setRelations": "editor",
  "revisions.history": "editor",
  "revisions.diff": "editor",
  "revisions.restore": "editor",
  "workflow.bulkPreview": "editor",
  "workflow.bulkSetStatus": "editor",
  "merge.records": "reviewer",
  "annotate.importDocument": "editor",
  "annotate.document": "editor",
  "annotate.citeSpan": "editor",
  "annotate.suggestions": "editor",
  "users.list": "admin",
  "users.create": "admin",
  "users.setRole": "admin",
  "audit.list": "admin",
};

const denied = {
  unauthorized: { ar: "سجّل الدخول أولاً.", en: "Sign in first." },
  forbidden: { ar: "دورك لا يسمح بهذا الإجراء.", en: "Your role does not allow this." },
  noRule: { ar: "لا قاعدة وصول لهذا الإجراء؛ رُفض احتياطاً.", en: "This procedure has no access rule, so it is refused." },
};

/** The one access check: null when the call may proceed, else the error to throw. */
export function accessError(path: string, tier: Tier, user: SessionUser | null, locale: "ar" | "en"): TRPCError | null {
  const rule = RULES[path];
  if (rule === undefined && tier !== "public") return new TRPCError({ code: "FORBIDDEN", message: denied.noRule[locale] });
  const effective = rule !== undefined && RANK[rule] > RANK[tier] ? rule : tier;
  const roles = TIER_ROLES[effective];
  if (!roles) return null;
  if (!user) return new TRPCError({ code: "UNAUTHORIZED", message: denied.unauthorized[locale] });
  if (!roles.includes(user.role)) return new TRPCError({ code: "FORBIDDEN", message: denied.forbidden[locale] });
  return null;
}
