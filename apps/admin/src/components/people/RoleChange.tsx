"use client";

import { useState } from "react";
import { ROLES, type Role } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m, ROLE_LABEL } from "@/lib/messages";
import { Bi } from "@/components/Bi";

/** A user's role, changed in place; the API writes the change to the audit log. Nobody demotes themselves here. */
export function RoleChange({ userId, email, role, self }: { userId: string; email: string; role: Role; self: boolean }) {
  const locale = useLocale();
  const [current, setCurrent] = useState<Role>(role);
  const [status, setStatus] = useState<string | null>(null);
  async function change(to: Role) {
    setStatus(null);
    try {
      const r = await trpc.users.setRole.mutate({ userId, role: to });
      setCurrent(r.role);
      setStatus(m.roleChanged[locale]);
    } catch (e) {
      setStatus(failureOf(e).message);
    }
  }
  return (
    <>
      <select aria-label={`${m.changeRole[locale]}: ${email}`} value={current} disabled={self} onChange={(e) => void change(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r][locale]}
          </option>
        ))}
      </select>{" "}
      <span role="status" aria-live="polite">
        {status}
      </span>
      {self ? (
        <span className="hint">
          {" "}
          (<Bi text={m.signedInAs} />)
        </span>
      ) : null}
    </>
  );
}
