"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Role, ROLES } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useLocale } from "@/lib/locale";
import { m, ROLE_LABEL, type Bi as BiText } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { formText } from "@/lib/form-data";

const NewUser = z.object({ email: z.email(), role: Role, name: z.string().trim().min(1).max(100).optional() });

/** Creates an account with a generated password, shown here once and never again. */
export function NewUserForm() {
  const locale = useLocale();
  const [errors, setErrors] = useState<Record<string, BiText>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    const f = new FormData(e.currentTarget);
    const parsed = NewUser.safeParse({
      email: formText(f, "email").trim(),
      role: f.get("role"),
      name: formText(f, "name").trim() || undefined,
    });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    try {
      const u = await trpc.users.create.mutate(parsed.data);
      setCreated({ email: u.email, password: u.generatedPassword ?? "" });
    } catch (err) {
      const fail = failureOf(err);
      if (fail.fieldErrors) setErrors(Object.fromEntries(Object.entries(fail.fieldErrors).map(([k, v]) => [k, { ar: v, en: v }])));
      setFailure(fail.message);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="form" noValidate data-testid="new-user-form">
      <h2>
        <Bi text={m.newUser} />
      </h2>
      <div className="field">
        <label htmlFor="u-email">
          <Bi text={m.email} /> *
        </label>
        <input
          id="u-email"
          name="email"
          type="email"
          dir="ltr"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "ue-email" : undefined}
        />
        {errors.email ? (
          <p className="field-error" id="ue-email" role="alert">
            <Bi text={errors.email} />
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="u-name">
          <Bi text={m.name} />
        </label>
        <input id="u-name" name="name" dir="auto" />
      </div>
      <div className="field">
        <label htmlFor="u-role">
          <Bi text={m.role} />
        </label>
        <select id="u-role" name="role" defaultValue="editor">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r][locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        <Bi text={m.createUser} />
      </button>
      {failure ? <p role="alert">{failure}</p> : null}
      {created ? (
        <div className="generated-password" data-testid="generated-password">
          <p>
            <Bi text={m.generatedPassword} block />
          </p>
          <p>
            <bdi dir="ltr">{created.email}</bdi>: <code dir="ltr">{created.password}</code>
          </p>
        </div>
      ) : null}
    </form>
  );
}
