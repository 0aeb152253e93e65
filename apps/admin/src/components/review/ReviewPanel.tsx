"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@waqai/api";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { failureOf, trpc } from "@/lib/client";
import { KIND_ONE } from "@/lib/kinds";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { DiffList } from "../history/DiffList";
import { ErrorLine } from "../ErrorLine";

type Item = inferRouterOutputs<AppRouter>["review"]["item"];

const ACTIONS = {
  comment: { ar: "علّق", en: "commented" },
  submit: { ar: "أرسل للمراجعة", en: "sent to review" },
  return: { ar: "أعاده إلى المحرر", en: "returned it" },
  accept: { ar: "قبِل ونشر", en: "accepted and published" },
  discard: { ar: "تخلّى عن المعلّق", en: "discarded the pending changes" },
};

/**
 * Accept (publishing the ticked dependencies with it, in one transaction), return with a reason,
 * comment, discard pending changes, or send to review: only the moves the API says this user may make.
 */
export function ReviewPanel({ item }: { item: Item }) {
  const locale = useLocale();
  const router = useRouter();
  const [picked, setPicked] = useState(new Set(item.dependencies.filter((d) => d.mayPublish).map((d) => `${d.kind}:${d.id}`)));
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = { kind: item.kind, id: item.id, baseVersion: item.version };
  const blocking = item.dependencies.filter((d) => d.required && !picked.has(`${d.kind}:${d.id}`));

  async function run(action: () => Promise<unknown>, then: "queue" | "refresh") {
    setBusy(true);
    setError(null);
    try {
      await action();
      if (then === "queue") router.push("/review");
      else router.refresh();
    } catch (e) {
      setError(failureOf(e).message);
    } finally {
      setBusy(false);
    }
  }
  const accept = () =>
    run(
      () =>
        trpc.review.accept.mutate({
          ...ref,
          comment: comment.trim() || undefined,
          alsoPublish: item.dependencies.filter((d) => picked.has(`${d.kind}:${d.id}`)).map((d) => ({ kind: d.kind, id: d.id, baseVersion: d.version })),
        }),
      "queue",
    );

  return (
    <div className="review" data-testid="review-panel">
      <p>
        <span className={`status status--${item.status}`}>{EDITORIAL_STATUS[item.status][locale]}</span>{" "}
        {item.change === "edit"
          ? locale === "ar"
            ? "تغييرات على سجل منشور: ما يراه القراء الآن ← ما سيُنشر"
            : "Changes to a published record: what readers see now → what would be published"
          : item.change === "new"
            ? locale === "ar"
              ? "سجل جديد: كل ما سيُنشر"
              : "A new record: everything that would be published"
            : null}
      </p>
      <h2>
        {item.change === "edit"
          ? locale === "ar"
            ? "ما تغيّر منذ النشر"
            : "What changed since published"
          : locale === "ar"
            ? "ما سيُنشر"
            : "What would be published"}
      </h2>
      <DiffList kind={item.kind} changes={item.changes} testId="review-changes" />

      {item.dependencies.length ? (
        <fieldset className="dependencies" data-testid="review-dependencies">
          <legend>{w.dependenciesTitle[locale]}</legend>
          {item.dependencies.map((d) => {
            const key = `${d.kind}:${d.id}`;
            return (
              <label key={key} className="choice">
                <input
                  type="checkbox"
                  disabled={!d.mayPublish}
                  checked={picked.has(key)}
                  onChange={(e) => {
                    const next = new Set(picked);
                    if (e.target.checked) next.add(key);
                    else next.delete(key);
                    setPicked(next);
                  }}
                />{" "}
                {d.required
                  ? locale === "ar"
                    ? "انشر معه (تعرضه صفحته)"
                    : "Publish with it (its page shows it)"
                  : locale === "ar"
                    ? "انشر معه أيضاً"
                    : "Publish with it too"}
                : {KIND_ONE[d.kind][locale]} «<bdi>{d.label}</bdi>» ({EDITORIAL_STATUS[d.status][locale]})
                {d.reason ? <span className="hint"> · {d.reason}</span> : null}
              </label>
            );
          })}
        </fieldset>
      ) : null}

      <section aria-labelledby="comments-h" className="comments">
        <h2 id="comments-h">{locale === "ar" ? "التعليقات والخطوات" : "Comments and moves"}</h2>
        {item.comments.length ? (
          <ol data-testid="review-comments">
            {item.comments.map((c) => (
              <li key={c.id}>
                <bdi dir="ltr">{c.authorEmail ?? c.author}</bdi> {ACTIONS[c.action][locale]} ·{" "}
                <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString(locale === "ar" ? "ar-EG" : "en-GB")}</time>
                {c.body ? (
                  <blockquote dir="auto" className="comment-body">
                    {c.body}
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        <div className="field">
          <label htmlFor="review-comment">{locale === "ar" ? "تعليق (مطلوب عند الإعادة)" : "Comment (needed to return it)"}</label>
          <textarea id="review-comment" rows={3} dir="auto" value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      </section>

      <div className="form-actions">
        {item.can.accept ? (
          <button type="button" className="button" disabled={busy || blocking.length > 0} onClick={() => void accept()} data-testid="review-accept">
            {item.dependencies.length
              ? locale === "ar"
                ? `قبول ونشر (مع ${picked.size})`
                : `Accept and publish (with ${picked.size})`
              : locale === "ar"
                ? "قبول ونشر"
                : "Accept and publish"}
          </button>
        ) : item.acceptRefusal ? (
          <p className="hint">{item.acceptRefusal}</p>
        ) : null}
        {item.can.return ? (
          <button
            type="button"
            className="button button--plain"
            disabled={busy || !comment.trim()}
            onClick={() => void run(() => trpc.review.return.mutate({ ...ref, comment: comment.trim() }), "queue")}
          >
            {locale === "ar" ? "إعادة إلى المحرر" : "Return to the editor"}
          </button>
        ) : null}
        {item.can.submit ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => trpc.review.submit.mutate({ ...ref, withDependencies: true, comment: comment.trim() || undefined }), "refresh")}
          >
            {w.submitForReview[locale]}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--plain"
          disabled={busy || !comment.trim()}
          onClick={() => void run(() => trpc.review.comment.mutate({ kind: item.kind, id: item.id, body: comment.trim() }), "refresh")}
        >
          {locale === "ar" ? "إضافة التعليق" : "Add the comment"}
        </button>
        {item.can.discard ? (
          <button type="button" className="button button--plain" disabled={busy} onClick={() => void run(() => trpc.review.discard.mutate(ref), "refresh")}>
            {w.discardPending[locale]}
          </button>
        ) : null}
      </div>
      <ErrorLine message={error} />
    </div>
  );
}
