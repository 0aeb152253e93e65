"use client";

import { useState } from "react";
import { trpc } from "@/lib/client";
import type { Locale } from "@/lib/locale";
import type { Role } from "@waqai/schema";
import { m, ROLE_LABEL } from "@/lib/messages";
import { Bi } from "@/components/Bi";

/** Switch the interface language (kept on the account), sign out here, or revoke every session of this account (all devices). */
export function UserMenu({ email, role, locale }: { email: string; role: Role; locale: Locale }) {
  // A failed switch or sign-out says so here; the page stays as it was.
  const [failed, setFailed] = useState(false);
  const attempt = (action: () => Promise<void>) => {
    setFailed(false);
    action().catch(() => setFailed(true));
  };
  const switchLanguage = () =>
    attempt(async () => {
      await trpc.account.setLocale.mutate({ locale: locale === "ar" ? "en" : "ar" });
      window.location.reload();
    });
  const post = (path: string) =>
    attempt(async () => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      window.location.assign("/sign-in");
    });
  return (
    <div className="user-menu" data-testid="user-menu">
      <a href="/account">
        <bdi dir="ltr">{email}</bdi> · {ROLE_LABEL[role][locale]}
      </a>
      <button
        type="button"
        className="button button--small"
        onClick={switchLanguage}
        lang={locale === "ar" ? "en" : "ar"}
        aria-label={`${m.interfaceLanguage[locale]}: ${m.switchLanguage[locale]}`}
        data-testid="switch-language"
      >
        {m.switchLanguage[locale]}
      </button>
      <button type="button" className="button button--small" onClick={() => post("/api/auth/sign-out")}>
        <Bi text={m.signOut} />
      </button>
      <button type="button" className="button button--small" onClick={() => post("/api/auth/revoke-sessions")}>
        <Bi text={m.signOutAll} />
      </button>
      <span role="status" aria-live="polite" className="user-menu__status">
        {failed ? <Bi text={m.unreachable} /> : null}
      </span>
    </div>
  );
}
