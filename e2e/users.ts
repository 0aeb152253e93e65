/** Accounts the e2e run creates in its own fresh database (scripts/e2e-start.mjs); never used outside tests. */
export const E2E_USERS = [
  { email: "admin@e2e.test", role: "admin", password: "e2e-admin-password-1" },
  { email: "editor@e2e.test", role: "editor", password: "e2e-editor-password-1" },
  { email: "reviewer@e2e.test", role: "reviewer", password: "e2e-reviewer-password-1" },
  { email: "locked@e2e.test", role: "editor", password: "e2e-locked-password-1" },
] as const;
export type E2EUser = (typeof E2E_USERS)[number];
export const userOf = (role: "admin" | "editor" | "reviewer") => E2E_USERS.find((u) => u.role === role)!;
