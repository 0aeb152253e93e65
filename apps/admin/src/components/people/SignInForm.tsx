"use client";

import { useState, type FormEvent } from "react";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { formText } from "@/lib/form-data";

/** Signs in through better-auth (same origin, proxied to the API), which sets an HttpOnly session cookie. */
export function SignInForm() {
  const [message, setMessage] = useState<BiText | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = formText(form, "email").trim();
    const password = formText(form, "password");
    if (!email || !password) return setMessage(m.missingFields);
    setPending(true);
    let res: Response;
    try {
      res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
    } catch {
      return setMessage(m.unreachable);
    } finally {
      setPending(false);
    }
    if (res.ok) {
      window.location.assign("/");
      return;
    }
    setMessage(res.status === 423 ? m.locked : res.status === 429 ? m.throttled : res.status === 401 ? m.badCredentials : m.failed);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form" noValidate>
      <div className="field">
        <label htmlFor="email">
          <Bi text={m.email} />
        </label>
        <input id="email" name="email" type="email" autoComplete="username" dir="ltr" required />
      </div>
      <div className="field">
        <label htmlFor="password">
          <Bi text={m.password} />
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" dir="ltr" required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        <Bi text={pending ? m.submitting : m.submit} />
      </button>
      <div role="status" aria-live="polite" className="form-status" data-testid="sign-in-status">
        {message ? (
          <p className="message message--invalid">
            <Bi text={message} block />
          </p>
        ) : null}
      </div>
    </form>
  );
}
