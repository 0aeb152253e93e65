"use client";

import { diffWordsWithSpace } from "diff";
import { lookupKindOf } from "@waqai/schema";
import { changeLabel, optionLabel, type FormKind } from "@/lib/catalog";
import { useLocale } from "@/lib/locale";
import { RecordName, ValueText } from "./ValueText";

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("ar", { granularity: "word" }) : undefined;

/** Free text changes as a word-level diff (Arabic words segmented by Intl, so a word is never cut in two). */
function WordDiff({ from, to }: { from: string; to: string }) {
  const parts = diffWordsWithSpace(from, to, segmenter ? { intlSegmenter: segmenter } : {});
  return (
    <span className="word-diff" dir="auto">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-new">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="diff-old">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}

type Obj = Record<string, unknown>;

/** Added, removed and changed rows of a list part (figures, participants, relations), by what identifies a row. */
function ListDiff({ part, from, to }: { part: "figures" | "participants" | "relations"; from: Obj[]; to: Obj[] }) {
  const locale = useLocale();
  const keyOf = (r: Obj) =>
    part === "figures"
      ? String(r.id)
      : part === "participants"
        ? `${String(r.actorId)}|${String(r.role)}`
        : `${String(r.relation)}|${String(r.relatedEventId)}`;
  const before = new Map(from.map((r) => [keyOf(r), r]));
  const after = new Map(to.map((r) => [keyOf(r), r]));
  const describe = (r: Obj) =>
    part === "figures" ? (
      <>
        «{String(r.words)}» · {optionLabel("figure", "kind", String(r.kind))[locale]}
        {typeof r.best === "number" ? ` · ${r.best}` : ""}
      </>
    ) : part === "participants" ? (
      <>
        <RecordName kind="actor" id={String(r.actorId)} /> · {optionLabel("participant", "role", String(r.role))[locale]} ·{" "}
        {optionLabel("participant", "attribution", String(r.attribution))[locale]}
      </>
    ) : (
      <>
        {optionLabel("relation", "relation", String(r.relation))[locale]} <RecordName kind="event" id={String(r.relatedEventId)} />
      </>
    );
  const rows: { sign: "+" | "−" | "~"; row: Obj; was?: Obj }[] = [];
  for (const [k, r] of after) if (!before.has(k)) rows.push({ sign: "+", row: r });
  for (const [k, r] of before) if (!after.has(k)) rows.push({ sign: "−", row: r });
  for (const [k, r] of after) {
    const was = before.get(k);
    if (was && JSON.stringify(was) !== JSON.stringify(r)) rows.push({ sign: "~", row: r, was });
  }
  return (
    <ul className="list-diff">
      {rows.map((x, i) => (
        <li key={i} className={x.sign === "+" ? "diff-new" : x.sign === "−" ? "diff-old" : undefined}>
          <span aria-hidden="true">{x.sign} </span>
          <span className="visually-hidden">
            {x.sign === "+"
              ? locale === "ar"
                ? "أُضيف: "
                : "added: "
              : x.sign === "−"
                ? locale === "ar"
                  ? "حُذف: "
                  : "removed: "
                : locale === "ar"
                  ? "تغيّر: "
                  : "changed: "}
          </span>
          {x.was ? (
            <>
              {describe(x.was)} {locale === "ar" ? "←" : "→"} {describe(x.row)}
            </>
          ) : (
            describe(x.row)
          )}
        </li>
      ))}
    </ul>
  );
}

const isText = (kind: FormKind, field: string, v: unknown) =>
  typeof v === "string" && !lookupKindOf(kind, field) && optionLabel(kind, field, v).en === v && v.length > 12;

/** One changed field, readably: its label, then a word diff, a list diff, or the old and new values. */
export function ChangeView({ kind, field, from, to }: { kind: FormKind; field: string; from: unknown; to: unknown }) {
  const locale = useLocale();
  let body;
  if (field === "figures" || field === "participants" || field === "relations")
    body = <ListDiff part={field} from={(from as Obj[]) ?? []} to={(to as Obj[]) ?? []} />;
  else if ((isText(kind, field, from) || isText(kind, field, to)) && (typeof from === "string" || from === null) && (typeof to === "string" || to === null))
    body = <WordDiff from={(from as string) ?? ""} to={(to as string) ?? ""} />;
  else
    body = (
      <>
        <del className="diff-old">
          <ValueText kind={kind} field={field} value={from} />
        </del>{" "}
        {locale === "ar" ? "←" : "→"}{" "}
        <ins className="diff-new">
          <ValueText kind={kind} field={field} value={to} />
        </ins>
      </>
    );
  const label = changeLabel(kind, field)[locale];
  return (
    <div className="change" data-field={field}>
      <dt>{label}</dt>
      <dd>{body}</dd>
    </div>
  );
}
