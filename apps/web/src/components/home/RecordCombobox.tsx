"use client";

import { useEffect, useId, useRef, useState } from "react";

interface Option {
  id: string;
  label: { ar: string; en?: string };
}

/**
 * A searchable picker for one filter (an actor, a place, a dispute, a conflict), after the WAI-ARIA
 * combobox pattern: type a few letters, the reader's /api/suggest answers with at most eight names,
 * arrows move, Enter picks, Escape closes. The chosen id goes in a hidden field of the GET form; without
 * JavaScript the typed words go as `<name>q` and the server takes the best match.
 */
export function RecordCombobox({
  kind,
  name,
  label,
  lang,
  initial,
  anyLabel,
  noneLabel,
}: {
  kind: "actor" | "place" | "dispute" | "conflict";
  name: string;
  label: string;
  lang: "ar" | "en";
  initial: Option | null;
  anyLabel: string;
  noneLabel: string;
}) {
  const base = useId();
  const listId = `${base}-list`;
  const [text, setText] = useState(initial ? (initial.label[lang] ?? initial.label.ar) : "");
  const [chosen, setChosen] = useState<string>(initial?.id ?? "");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState("");
  const asked = useRef(0);

  const q = text.trim();
  // Ask only while the box is open on two letters or more that are not the chosen record's own name.
  const wanted = open && q.length >= 2 && !(chosen && initial && q === (initial.label[lang] ?? initial.label.ar));
  useEffect(() => {
    if (!wanted) return;
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      fetch(`/api/suggest?kind=${kind}&q=${encodeURIComponent(q)}`)
        .then((r) => r.json() as Promise<{ items: Option[] }>)
        .then((found) => {
          if (ticket !== asked.current) return; // an older answer, for text no longer on screen
          setOptions(found.items);
          setActive(found.items.length ? 0 : -1);
          setSearched(q);
        })
        .catch(() => setOptions([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [q, wanted, kind]);

  const pick = (o: Option | null) => {
    setChosen(o?.id ?? "");
    setText(o ? (o.label[lang] ?? o.label.ar) : "");
    setOpen(false);
    setOptions([]);
  };
  const nameOf = (o: Option) => o.label[lang] ?? o.label.ar;
  // Options are shown only for the very words on screen (an answer for older words is not offered).
  const shown = wanted && searched === q ? options : [];
  const showList = wanted && searched === q;

  return (
    <div className="field combobox" data-testid={`combobox-${name}`}>
      <label htmlFor={`${base}-input`}>{label}</label>
      <input type="hidden" name={name} value={chosen} />
      <input
        id={`${base}-input`}
        name={chosen ? undefined : `${name}q`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${base}-opt-${active}` : undefined}
        placeholder={anyLabel}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setChosen("");
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && shown.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % shown.length);
          } else if (e.key === "ArrowUp" && shown.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
          } else if (e.key === "Enter" && showList && active >= 0 && shown[active]) {
            e.preventDefault();
            pick(shown[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!showList}>
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={`${base}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "combobox__option is-active" : "combobox__option"}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            {nameOf(o)}
          </li>
        ))}
        {showList && shown.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="combobox__option muted">
            {noneLabel}
          </li>
        ) : null}
      </ul>
      {chosen ? (
        <button type="button" className="combobox__clear button--plain" onClick={() => pick(null)}>
          {anyLabel}
        </button>
      ) : null}
    </div>
  );
}
