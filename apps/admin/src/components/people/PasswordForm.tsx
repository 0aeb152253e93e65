"use client";

import { useState } from "react";
import { m } from "@/lib/messages";
import { useLocale } from "@/lib/locale";
import { Bi } from "@/components/Bi";
import { formText } from "@/lib/form-data";

const MIN_LENGTH = 12;

/** Posts to better-auth's change-password through the same-origin proxy; the API audits it. */
export function PasswordForm() {
  const locale = useLocale();
  const [state, setState] = useState<"idle" | "saving" | "done" | "short" | "refused">("idle");
  /** The API's own word on a new password it will not take (common or easy to guess), in the panel's language. */
  const [weak, setWeak] = useState<string | null>(null);
  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const newPassword = formText(data, "newPassword");
    if (newPassword.length < MIN_LENGTH) return setState("short");
    setState("saving");
    setWeak(null);
    const res = await fetch("/api/auth/change-password", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": locale },
      body: JSON.stringify({ currentPassword: formText(data, "currentPassword"), newPassword, revokeOtherSessions: true }),
    });
    if (res.status === 400) {
      const body = (await res.json().catch(() => null)) as { fieldErrors?: { newPassword?: string } } | null;
      if (body?.fieldErrors?.newPassword) setWeak(body.fieldErrors.newPassword);
    }
    setState(res.ok ? "done" : "refused");
    if (res.ok) form.reset();
  };
  const message = state === "done" ? m.passwordChanged : state === "short" ? m.passwordTooShort : state === "refused" ? m.passwordRefused : null;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      <h2>
        <Bi text={m.changePassword} />
      </h2>
      <label htmlFor="currentPassword">
        <Bi text={m.currentPassword} />
      </label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required dir="ltr" />
      <label htmlFor="newPassword">
        <Bi text={m.newPassword} />
      </label>
      <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required dir="ltr" aria-describedby="password-status" />
      <button type="submit" className="button" disabled={state === "saving"}>
        <Bi text={m.changePassword} />
      </button>
      <p id="password-status" role="status" aria-live="polite" data-testid="password-status">
        {weak ? `${m.newPassword[locale]}: ${weak}` : message ? <Bi text={message} /> : null}
      </p>
    </form>
  );
}
