"use client";

import { useState } from "react";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m } from "@/lib/messages";

/** An admin's way out for a user who forgot their password or whose sign-in is paused: a new one, shown once. */
export function PasswordReset({ userId, email }: { userId: string; email: string }) {
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ password?: string; failure?: string } | null>(null);
  async function reset() {
    if (!window.confirm(`${email}\n${m.resetPasswordConfirm[locale]}`)) return;
    setPending(true);
    try {
      const r = await trpc.users.resetPassword.mutate({ userId });
      setResult({ password: r.generatedPassword });
    } catch (e) {
      setResult({ failure: failureOf(e).message });
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--small button--plain"
        disabled={pending}
        aria-label={`${m.resetPassword[locale]}: ${email}`}
        onClick={() => void reset()}
      >
        {m.resetPassword[locale]}
      </button>
      <span role="status" aria-live="polite">
        {result?.password ? (
          <span className="generated-password" data-testid="reset-password">
            {" "}
            {m.passwordReset[locale]} <code dir="ltr">{result.password}</code>
          </span>
        ) : (
          result?.failure
        )}
      </span>
    </>
  );
}
