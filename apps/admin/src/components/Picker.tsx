"use client";

import { useEffect, useRef, useState } from "react";
import type { LookupItem, LookupKind } from "@waqai/schema";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { Combobox, type ComboOption } from "./Combobox";
import { ErrorLine } from "./ErrorLine";

export interface PickerCreate {
  /** "Create place «…»" for the typed words. */
  label: (q: string) => string;
  /** Makes the record from the typed words; resolves to its id. */
  make: (q: string) => Promise<string>;
}

const CREATE = "create:";

/**
 * Picks a record by name, never by id: Arabic-normalized search over names and variants (the API's
 * lookup), drafts included, gazetteer places and lexicon actors adopted on pick, and a "create" option
 * with the typed (or selected) words. The chosen record's name shows in the input.
 */
export function Picker({
  kind,
  label,
  value,
  onChange,
  create,
  initialQuery,
  autoFocus,
  invalid,
  describedBy,
  testId,
  onEscape,
}: {
  kind: LookupKind;
  label: string;
  value: string | null;
  onChange: (id: string | null, item?: LookupItem) => void;
  create?: PickerCreate;
  initialQuery?: string;
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  onEscape?: () => void;
}) {
  const locale = useLocale();
  const [text, setText] = useState(initialQuery ?? "");
  const [found, setFound] = useState<LookupItem[]>([]);
  /** The text whose search results `found` holds (null before the first answer). */
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownFor = useRef<string | null>(null);
  const searchFor = useRef(0);

  // The chosen record's name, read once per value.
  useEffect(() => {
    if (!value) {
      shownFor.current = null;
      return;
    }
    if (shownFor.current === value) return;
    shownFor.current = value;
    void trpc.lookup.labels.query({ refs: [{ kind, id: value }] }).then((found) => setText(found[0]?.label ?? value));
  }, [kind, value]);

  // Search as the editor types (a short pause first, so each keystroke does not ask the API).
  useEffect(() => {
    const q = text.trim();
    if (!q) return; // nothing to search: the list shows empty (below)
    const ticket = ++searchFor.current;
    const t = setTimeout(() => {
      trpc.lookup.records
        .query({ kind, q, limit: 8 })
        .then((found) => {
          if (ticket !== searchFor.current) return;
          setFound(found);
          setResultsFor(q);
        })
        .catch((e: unknown) => {
          setError(failureOf(e).message);
          if (ticket === searchFor.current) setResultsFor(q);
        });
    }, 120);
    return () => clearTimeout(t);
  }, [kind, text]);

  const q = text.trim();
  const items = q ? found : [];
  // Searching until the search for this very text has answered (or failed).
  const loading = q !== "" && resultsFor !== q;
  const exact = items.some((i) => i.source === "record" && i.label === q);
  const options: ComboOption[] = items.map((i) => ({
    key: `${i.source}:${i.id}`,
    text: i.label,
    content: (
      <>
        <span className="option-label">{i.label}</span>
        {i.labelEn && locale === "en" ? <span className="option-detail"> · {i.labelEn}</span> : null}
        {i.detail ? <span className="option-detail"> · {i.detail}</span> : null}
        {i.source === "lexicon" ? <span className="option-badge">{kind === "place" ? w.pickerFromGazetteer[locale] : w.pickerFromLexicon[locale]}</span> : null}
        {i.status && i.status !== "published" ? <span className="option-badge">{EDITORIAL_STATUS[i.status][locale]}</span> : null}
      </>
    ),
  }));
  // Only once the search for this very text has answered: before, an Enter would make a duplicate of a record about
  // to be listed, and an option that shows, hides while the search runs and shows again is one a fast Enter misses.
  if (create && q && !exact && resultsFor === q)
    options.push({ key: `${CREATE}${q}`, text: create.label(q), content: <span className="option-create">{create.label(q)}</span> });

  async function pick(key: string) {
    setError(null);
    try {
      if (key.startsWith(CREATE)) {
        const id = await create!.make(key.slice(CREATE.length));
        shownFor.current = id;
        setText(key.slice(CREATE.length));
        return onChange(id);
      }
      const item = items.find((i) => `${i.source}:${i.id}` === key)!;
      const id =
        item.source === "lexicon" ? (await trpc.annotate.adoptLexicon.mutate({ kind: item.kind as "place" | "actor", lexiconId: item.id })).id : item.id;
      shownFor.current = id;
      setText(item.label);
      onChange(id, item);
    } catch (e) {
      setError(failureOf(e).message);
    }
  }

  return (
    <div className="picker" data-testid={testId}>
      <Combobox
        label={label}
        value={text}
        onInput={(t) => {
          setText(t);
          if (!t.trim() && value) onChange(null);
        }}
        options={options}
        onPick={(k) => void pick(k)}
        // Searching until the answer for this very text is in (the debounce included), so an Enter waits for it.
        loading={loading}
        emptyText={q ? w.pickerNoMatch[locale] : w.pickerTypeToSearch[locale]}
        invalid={invalid}
        describedBy={describedBy}
        autoFocus={autoFocus}
        onEscape={onEscape}
      />
      {value ? (
        <button
          type="button"
          className="picker-clear"
          aria-label={`${w.pickerClear[locale]}: ${label}`}
          onClick={() => (setText(""), (shownFor.current = null), onChange(null))}
        >
          ×
        </button>
      ) : null}
      <ErrorLine message={error} />
    </div>
  );
}
