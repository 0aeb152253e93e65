"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";

/** Revoke, after an explicit confirmation in place (keyboard reachable, no browser dialog). */
export function RevokeToken({ id, name, prefix, active }: { id: string; name: string; prefix: string; active: boolean }) {
  const router = useRouter();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const wasConfirming = useRef(false);

  // The buttons go away with the token's new status; the outcome takes the focus.
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  useEffect(() => {
    // Focus follows the step: to "keep it" when asked (the safe choice), back to the button when cancelled.
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function revoke() {
    setBusy(true);
    setStatus(null);
    try {
      await trpc.tokens.revoke.mutate({ id });
      setStatus(m.tokenRevokedDone[locale]);
      setConfirming(false);
      wasConfirming.current = false;
      router.refresh();
    } catch (err) {
      setStatus(failureOf(err).message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const label = `${m.revokeToken[locale]}: ${name} (${prefix}…)`;
  if (!active && !status) return null;
  return (
    <div className="revoke">
      {!active ? null : confirming ? (
        <div role="group" aria-label={label} className="revoke-confirm">
          <p id={`rc-${id}`}>
            <Bi text={m.revokeConfirm} />
          </p>
          <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => void revoke()} aria-describedby={`rc-${id}`}>
            <Bi text={m.confirmRevoke} />
          </button>{" "}
          <button type="button" className="button button--small button--plain" ref={keepRef} disabled={busy} onClick={() => setConfirming(false)}>
            <Bi text={m.keepToken} />
          </button>
        </div>
      ) : (
        <button type="button" className="button button--small button--plain" ref={openRef} onClick={() => setConfirming(true)}>
          <Bi text={m.revokeToken} />
          <span className="visually-hidden">
            {" "}
            <bdi>{name}</bdi> (<bdi dir="ltr">{prefix}…</bdi>)
          </span>
        </button>
      )}
      <span role="status" aria-live="polite" tabIndex={-1} ref={statusRef}>
        {status}
      </span>
    </div>
  );
}
