"use client";

import { m } from "@/lib/messages";
import { Bi } from "./Bi";

/** Sign out here, or revoke every session of this account (all devices). */
export function UserMenu({ email, role }: { email: string; role: string }) {
  const post = async (path: string) => {
    await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    window.location.assign("/sign-in");
  };
  return (
    <div className="user-menu" data-testid="user-menu">
      <span>
        <bdi dir="ltr">{email}</bdi> · {role}
      </span>
      <button type="button" className="button button--small" onClick={() => post("/api/auth/sign-out")}>
        <Bi text={m.signOut} />
      </button>
      <button type="button" className="button button--small" onClick={() => post("/api/auth/revoke-sessions")}>
        <Bi text={m.signOutAll} />
      </button>
    </div>
  );
}
