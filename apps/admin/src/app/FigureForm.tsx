"use client";

import { useState, type FormEvent } from "react";
import { Figure, QUANTITY_KINDS } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "./Bi";

/** A figure (killed, injured...) with the words as written; it is saved as an edit of its event. */
export function FigureForm({ eventId, version }: { eventId: string; version: number }) {
  const [errors, setErrors] = useState<Record<string, BiText>>({});
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const best = String(f.get("best") ?? "");
    const parsed = Figure.safeParse({ kind: f.get("kind"), words: f.get("words"), vague: f.get("vague") === "on", best: best ? Number(best) : undefined });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    try {
      await trpc.edit.event.addFigure.mutate({ eventId, baseVersion: version, figure: parsed.data });
      window.location.reload();
    } catch (err) {
      setError(failureOf(err).message);
    }
  }
  return (
    <form onSubmit={submit} className="form figure-form" noValidate data-testid="figure-form">
      <h2>
        <Bi text={m.addFigure} />
      </h2>
      <label>
        <Bi text={{ ar: "الصنف", en: "Kind" }} />{" "}
        <select name="kind" aria-label="figure kind">
          {QUANTITY_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        <Bi text={{ ar: "الكلمات كما وردت", en: "Words as written" }} /> <input name="words" aria-label="figure words" dir="rtl" />
      </label>
      {errors.words ? <p role="alert"><Bi text={errors.words} /></p> : null}
      <label>
        <Bi text={{ ar: "أفضل تقدير", en: "Best estimate" }} /> <input name="best" type="number" min={0} aria-label="figure best" />
      </label>
      <label>
        <input type="checkbox" name="vague" /> <Bi text={{ ar: "عدد غير محدد", en: "Vague" }} />
      </label>
      <button className="button" type="submit">
        <Bi text={m.addFigure} />
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
