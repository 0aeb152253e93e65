"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { ApiTokenScope } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useLocale } from "@/lib/locale";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { formText } from "@/lib/form-data";

const NewToken = z.object({
  name: z.string().trim().min(1).max(100),
  userId: z.string().min(1),
  scopes: z.array(ApiTokenScope).min(1),
  expiresInDays: z.number().int().min(1).max(365),
});

interface UserChoice {
  id: string;
  email: string;
  role: string;
}

/** Makes a token: the secret comes back once, is shown here with a copy button, and is never shown again. */
export function NewTokenForm({ users, me }: { users: UserChoice[]; me: string }) {
  const router = useRouter();
  const locale = useLocale();
  const [errors, setErrors] = useState<Record<string, BiText>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string; expiresAt: string } | null>(null);
  const [copyStatus, setCopyStatus] = useState<BiText | null>(null);
  const [busy, setBusy] = useState(false);
  const secretRef = useRef<HTMLElement>(null);
  const shownRef = useRef<HTMLDivElement>(null);

  // Focus moves to the one-time secret, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (created) shownRef.current?.focus();
  }, [created]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    setCopyStatus(null);
    const f = new FormData(e.currentTarget);
    const parsed = NewToken.safeParse({
      name: formText(f, "name").trim(),
      userId: formText(f, "userId"),
      scopes: f.get("scope") === "write" ? ["read", "write"] : ["read"],
      expiresInDays: Number(f.get("expiresInDays")),
    });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setBusy(true);
    try {
      const t = await trpc.tokens.create.mutate(parsed.data);
      setCreated({ token: t.token, name: parsed.data.name, expiresAt: t.expiresAt });
      (e.target as HTMLFormElement).reset();
      router.refresh();
    } catch (err) {
      const fail = failureOf(err);
      if (fail.fieldErrors) setErrors(Object.fromEntries(Object.entries(fail.fieldErrors).map(([k, v]) => [k, { ar: v, en: v }])));
      setFailure(fail.message);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyStatus(m.copied);
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the text for a manual copy.
      const el = secretRef.current;
      if (el) window.getSelection()?.selectAllChildren(el);
      setCopyStatus(m.copyFailed);
    }
  }

  const fieldError = (key: string) =>
    errors[key] ? (
      <p className="field-error" id={`te-${key}`} role="alert">
        <Bi text={errors[key]} />
      </p>
    ) : null;
  const describedBy = (key: string) => (errors[key] ? `te-${key}` : undefined);

  return (
    <form onSubmit={(e) => void submit(e)} className="form" noValidate data-testid="new-token-form">
      <h2>
        <Bi text={m.newToken} />
      </h2>
      <div className="field">
        <label htmlFor="t-name">
          <Bi text={m.tokenName} /> *
        </label>
        <input id="t-name" name="name" dir="auto" maxLength={100} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy("name")} />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor="t-user">
          <Bi text={m.tokenUser} />
        </label>
        <select id="t-user" name="userId" defaultValue={me} aria-describedby={describedBy("userId")}>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email} · {u.role}
            </option>
          ))}
        </select>
        {fieldError("userId")}
      </div>
      <fieldset className="field">
        <legend>
          <Bi text={m.tokenScope} />
        </legend>
        <label>
          <input type="radio" name="scope" value="read" defaultChecked /> <Bi text={m.scopeRead} /> <span className="hint">({m.scopeReadHint[locale]})</span>
        </label>
        <label>
          <input type="radio" name="scope" value="write" /> <Bi text={m.scopeWrite} /> <span className="hint">({m.scopeWriteHint[locale]})</span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="t-days">
          <Bi text={m.tokenExpiresIn} />
        </label>
        <input
          id="t-days"
          name="expiresInDays"
          type="number"
          min={1}
          max={365}
          defaultValue={90}
          dir="ltr"
          aria-invalid={errors.expiresInDays ? true : undefined}
          aria-describedby={describedBy("expiresInDays")}
        />
        {fieldError("expiresInDays")}
      </div>
      <button type="submit" className="button" disabled={busy}>
        <Bi text={m.createToken} />
      </button>
      {failure ? <p role="alert">{failure}</p> : null}
      {created ? (
        <div className="secret-once" data-testid="token-secret" tabIndex={-1} ref={shownRef} role="region" aria-label={m.tokenShownOnce[locale]}>
          <p className="message">
            <Bi text={m.tokenShownOnce} block />
          </p>
          <p>
            <bdi>{created.name}</bdi>:{" "}
            <code dir="ltr" className="secret" ref={secretRef}>
              {created.token}
            </code>
          </p>
          <button type="button" className="button button--small" onClick={() => void copy()}>
            <Bi text={m.copyToken} />
          </button>{" "}
          <span role="status" aria-live="polite">
            {copyStatus ? <Bi text={copyStatus} /> : null}
          </span>
        </div>
      ) : null}
    </form>
  );
}
