import { TRPCError } from "@trpc/server";
import type { Role } from "@waqai/schema";
import type { SessionUser, TokenGrant, TokenRefusal } from "./context";

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
  "events.perDay": "public",
  "events.count": "public",
  "events.facets": "public",
  "events.histogram": "public",
  "events.clusters": "public",
  "events.related": "public",
  "events.latest": "public",
  "records.names": "public",
  "records.suggest": "public",
  "records.sitemapIndex": "public",
  "records.sitemapEntries": "public",
  "claims.list": "public",
  "claims.byId": "public",
  "disputes.list": "public",
  "disputes.byId": "public",
  "issues.byId": "public",
  "positions.byId": "public",
  "conflicts.list": "public",
  "conflicts.byId": "public",
  "search.query": "public",
  "sync.removals": "public",
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
  ...edit("conflict"),
  "edit.event.addFigure": "editor",
  "edit.event.parts": "editor",
  "edit.event.setParticipants": "editor",
  "edit.event.setRelations": "editor",
  "edit.event.setPlaces": "editor",
  "edit.event.updateFigure": "editor",
  "edit.event.removeFigure": "editor",
  "revisions.undo": "editor",
  "review.queue": "editor",
  "review.item": "editor",
  "review.submit": "editor",
  "review.accept": "reviewer",
  "review.return": "reviewer",
  "review.discard": "editor",
  "review.comment": "editor",
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
  "annotate.removeCitation": "editor",
  "annotate.restoreCitation": "editor",
  "annotate.citationsOf": "editor",
  "annotate.readSpan": "editor",
  "annotate.acceptSuggestion": "editor",
  "annotate.rejectSuggestion": "editor",
  "annotate.adoptLexicon": "editor",
  "lookup.records": "editor",
  "lookup.labels": "editor",
  "users.list": "admin",
  "users.create": "admin",
  "users.setRole": "admin",
  "users.resetPassword": "admin",
  "audit.list": "admin",
  "tokens.list": "admin",
  "tokens.create": "admin",
  "tokens.revoke": "admin",
  "releases.list": "public",
  "releases.byVersion": "public",
  "releases.create": "admin",
  "reference.eventTypes": "public",
  "reference.countries": "public",
  "reference.actorTypes": "public",
  status: "public",
};

const denied = {
  unauthorized: { ar: "سجّل الدخول أولاً.", en: "Sign in first." },
  forbidden: { ar: "دورك لا يسمح بهذا الإجراء.", en: "Your role does not allow this." },
  noRule: { ar: "لا قاعدة وصول لهذا الإجراء؛ رُفض احتياطاً.", en: "This procedure has no access rule, so it is refused." },
  tokenAdmin: {
    ar: "إجراءات المشرفين (المستخدمون، سجل الأمان، الرموز) لا تُستدعى برمز API؛ سجّل الدخول إلى لوحة التحرير.",
    en: "Admin procedures (users, audit log, tokens) cannot be called with an API token; sign in to the admin panel.",
  },
  tokenReadOnly: { ar: "هذا الرمز للقراءة فقط؛ الكتابة تحتاج رمزاً بنطاق write.", en: "This token is read-only; writing needs a token with the write scope." },
};

const refused: Record<TokenRefusal, { ar: string; en: string }> = {
  unknown: { ar: "رمز API غير معروف. تحقق من الرمز أو اطلب رمزاً جديداً من المشرف.", en: "Unknown API token. Check the token, or ask an admin for a new one." },
  expired: { ar: "انتهت صلاحية رمز API هذا. اطلب رمزاً جديداً من المشرف.", en: "This API token has expired. Ask an admin for a new one." },
  revoked: { ar: "أُلغي رمز API هذا. اطلب رمزاً جديداً من المشرف.", en: "This API token has been revoked. Ask an admin for a new one." },
};

/** How the call arrived: its kind (reads are queries, writes mutations) and the API token it carries, if any. */
export interface CallCredentials {
  type?: "query" | "mutation" | "subscription";
  token?: TokenGrant | null;
  tokenRefused?: TokenRefusal | null;
}

/**
 * The one access check: null when the call may proceed, else the error to throw.
 * With an API token: a refused token (unknown, expired, revoked) is refused everywhere, public reads
 * included; admin-tier procedures are never callable (a leaked token cannot mint tokens or change
 * roles); a token without the `write` scope may not call mutations; and the token's user's role
 * applies as for a signed-in user.
 */
export function accessError(path: string, tier: Tier, user: SessionUser | null, locale: "ar" | "en", call: CallCredentials = {}): TRPCError | null {
  if (call.tokenRefused) return new TRPCError({ code: "UNAUTHORIZED", message: refused[call.tokenRefused][locale] });
  const rule = RULES[path];
  if (rule === undefined && tier !== "public") return new TRPCError({ code: "FORBIDDEN", message: denied.noRule[locale] });
  const effective = rule !== undefined && RANK[rule] > RANK[tier] ? rule : tier;
  if (call.token) {
    if (effective === "admin") return new TRPCError({ code: "FORBIDDEN", message: denied.tokenAdmin[locale] });
    if (call.type === "mutation" && !call.token.scopes.includes("write")) return new TRPCError({ code: "FORBIDDEN", message: denied.tokenReadOnly[locale] });
  }
  const roles = TIER_ROLES[effective];
  if (!roles) return null;
  if (!user) return new TRPCError({ code: "UNAUTHORIZED", message: denied.unauthorized[locale] });
  if (!roles.includes(user.role)) return new TRPCError({ code: "FORBIDDEN", message: denied.forbidden[locale] });
  return null;
}
