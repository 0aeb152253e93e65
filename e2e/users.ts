/** Accounts the e2e run creates in its own fresh database (scripts/e2e-start.mjs); never used outside tests. */
export const E2E_USERS = [
  { email: "admin@e2e.test", role: "admin", password: "e2e-admin-password-1" },
  { email: "editor@e2e.test", role: "editor", password: "e2e-editor-password-1" },
  { email: "reviewer@e2e.test", role: "reviewer", password: "e2e-reviewer-password-1" },
  { email: "locked@e2e.test", role: "editor", password: "e2e-locked-password-1" },
  // Their own accounts, so switching their panel's language never changes another test's.
  { email: "editor.en@e2e.test", role: "editor", password: "e2e-editor-en-password-1" },
  { email: "admin.a11y@e2e.test", role: "admin", password: "e2e-admin-a11y-password-1" },
] as const;
export type E2EUser = (typeof E2E_USERS)[number];
export const userOf = (role: "admin" | "editor" | "reviewer") => E2E_USERS.find((u) => u.role === role)!;
export const userByEmail = (email: string) => E2E_USERS.find((u) => u.email === email)!;
