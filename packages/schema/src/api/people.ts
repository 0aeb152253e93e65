import { z } from "zod";

/** What the audit log records: sign-ins and their failures, account changes, workflow moves, token use. */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "lockout",
  "sign_out",
  "sessions_revoked",
  "password_changed",
  "user_created",
  "role_changed",
  "publish",
  "retract",
  "merge",
  "export",
  "token_created",
  "token_revoked",
  "token_write",
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** What an API token may do: `read` (public reads, and drafts as its user), `write` (also its user's edits); write implies read. */
export const API_TOKEN_SCOPES = ["read", "write"] as const;
export const ApiTokenScope = z.enum(API_TOKEN_SCOPES);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;
