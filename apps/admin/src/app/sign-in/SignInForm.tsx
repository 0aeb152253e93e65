"use client";

import { useActionState } from "react";
import { m } from "@/lib/messages";
import { Bi } from "../Bi";
import { signIn, type SignInState } from "./actions";

const initial: SignInState = { status: "idle" };

export function SignInForm() {
  const [state, action, pending] = useActionState(signIn, initial);
  return (
    <form action={action} className="form">
      <div className="field">
        <label htmlFor="email">
          <Bi text={m.email} />
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          dir="ltr"
          required
          defaultValue={state.status === "idle" ? "" : state.email}
        />
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
        {state.status === "idle" ? null : (
          <p className={`message message--${state.status}`}>
            <Bi text={state.message} block />
          </p>
        )}
      </div>
    </form>
  );
}
