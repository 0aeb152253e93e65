"use client";

import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="panel" role="alert">
      <h1>
        <Bi text={m.errorTitle} />
      </h1>
      <p>
        <Bi text={m.errorBody} block />
      </p>
      <button type="button" className="button" onClick={() => reset()}>
        <Bi text={m.retry} />
      </button>
    </div>
  );
}
