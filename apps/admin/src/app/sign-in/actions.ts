"use server";

import { m, type Bi } from "@/lib/messages";

export type SignInState = { status: "idle" } | { status: "invalid" | "unavailable"; message: Bi; email: string };

/**
 * Accounts and sessions arrive in a later issue. Until then this answers honestly: nobody is signed
 * in, no cookie is set, and the password is neither stored nor logged.
 */
export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { status: "invalid", message: m.missingFields, email };
  return { status: "unavailable", message: m.accountsDisabled, email };
}
