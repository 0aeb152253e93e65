"use client";

import { useState, type FormEvent } from "react";
import { ImportDocumentInput } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { formText } from "@/lib/form-data";

/** Paste the text or pick a file; the server detects UTF-8 or Windows-1256, normalises (NFC) and hashes it. */
export function ImportForm() {
  const [errors, setErrors] = useState<Record<string, BiText>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const file = f.get("file");
    const fileBase64 =
      file instanceof File && file.size > 0 ? btoa(Array.from(new Uint8Array(await file.arrayBuffer()), (b) => String.fromCharCode(b)).join("")) : undefined;
    const text = formText(f, "text");
    const input = {
      titleAr: formText(f, "titleAr").trim(),
      publishedDate: formText(f, "publishedDate").trim() || undefined,
      url: formText(f, "url").trim() || undefined,
      language: "ar" as const,
      ...(fileBase64 ? { fileBase64, fileName: (file as File).name } : { text: text || undefined }),
    };
    const parsed = ImportDocumentInput.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setBusy(true);
    try {
      const r = await trpc.annotate.importDocument.mutate(parsed.data);
      window.location.assign(`/annotate/${r.id}`);
    } catch (err) {
      setBusy(false);
      setError(failureOf(err).message);
    }
  }
  const err = (k: string) =>
    errors[k] ? (
      <p className="field-error" role="alert" id={`e-${k}`}>
        <Bi text={errors[k]} />
      </p>
    ) : null;
  return (
    <form onSubmit={(e) => void submit(e)} className="form" noValidate data-testid="import-form">
      <div className="field">
        <label htmlFor="titleAr">
          <Bi text={{ ar: "عنوان المقال", en: "Article title" }} /> <Bi text={{ ar: "(مطلوب)", en: "(required)" }} />
        </label>
        <input
          id="titleAr"
          name="titleAr"
          dir="rtl"
          aria-invalid={errors.titleAr ? true : undefined}
          aria-describedby={errors.titleAr ? "e-titleAr" : undefined}
        />
        {err("titleAr")}
      </div>
      <div className="field">
        <label htmlFor="publishedDate">
          <Bi text={{ ar: "تاريخ النشر", en: "Publication date" }} />
        </label>
        <input
          id="publishedDate"
          name="publishedDate"
          dir="ltr"
          placeholder="2017-04-23"
          aria-describedby="publishedDate-hint"
          aria-invalid={errors.publishedDate ? true : undefined}
        />
        <p className="field-hint" id="publishedDate-hint">
          <Bi text={{ ar: "يُحسب منه «أمس» و«أول من أمس» في النص؛ سنة-شهر-يوم", en: "«Yesterday» in the text is resolved against it; YYYY-MM-DD" }} />
        </p>
        {err("publishedDate")}
      </div>
      <div className="field">
        <label htmlFor="url">
          <Bi text={{ ar: "رابط المقال", en: "Web address" }} />
        </label>
        <input id="url" name="url" type="url" dir="ltr" aria-invalid={errors.url ? true : undefined} />
        {err("url")}
      </div>
      <div className="field">
        <label htmlFor="text">
          <Bi text={m.pasteText} />
        </label>
        <textarea id="text" name="text" rows={10} dir="rtl" />
        {err("text")}
      </div>
      <div className="field">
        <label htmlFor="file">
          <Bi text={m.orFile} />
        </label>
        <input id="file" name="file" type="file" accept=".txt,text/plain" />
      </div>
      <button className="button" type="submit" disabled={busy}>
        <Bi text={busy ? m.submitting : m.importSubmit} />
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
