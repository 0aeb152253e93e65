"use client";

import { trpc } from "@/lib/client";
import type { Locale } from "@/lib/locale";
import type { Role } from "@waqai/schema";
import { m, ROLE_LABEL } from "@/lib/messages";
import { Bi } from "@/components/Bi";

/** Switch the interface language (kept on the account), sign out here, or revoke every session of this account (all devices). */
export function UserMenu({ email, role, locale }: { email: string; role: Role; locale: Locale }) {
  const switchLanguage = async () => {
    await trpc.account.setLocale.mutate({ locale: locale === "ar" ? "en" : "ar" });
    window.location.reload();
  };
  const post = async (path: string) => {
    await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    window.location.assign("/sign-in");
  };
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
    </div>
  );
}
