"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface ComboOption {
  key: string;
  /** What the input shows once this option is chosen, and what a screen reader reads. */
  text: string;
  content?: ReactNode;
}

/**
 * An editable combobox with a list popup (WAI-ARIA APG "combobox"). The first option is active as soon
 * as the list opens, so Enter takes the best match (as INCEpTION's label box does) — react-aria's
 * ComboBox focuses no option while typing, which costs every pick an extra key. Direction follows the
 * page (RTL in Arabic); arrow keys move in the list, Escape closes it and then clears, Tab leaves.
 */
export function Combobox({
  id,
  label,
  value,
  onInput,
  options,
  onPick,
  loading = false,
  emptyText,
  invalid,
  describedBy,
  autoFocus,
  placeholder,
  onEscape,
  testId,
}: {
  id?: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  options: ComboOption[];
  onPick: (key: string) => void;
  loading?: boolean;
  emptyText?: string;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
  placeholder?: string;
  onEscape?: () => void;
  testId?: string;
}) {
  const auto = useId();
  const inputId = id ?? `cb-${auto}`;
  const listId = `${inputId}-list`;
  const [open, setOpen] = useState(!!autoFocus);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const enterPending = useRef(false);
  useEffect(() => {
    if (!enterPending.current || loading || !open) return;
    enterPending.current = false;
    if (options.length) pick(0);
  });
  const current = Math.min(active, Math.max(0, options.length - 1));
  const shown = open && (options.length > 0 || loading || !!emptyText);

  function pick(i: number) {
    const o = options[i];
    if (!o) return;
    setOpen(false);
    onPick(o.key);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      const n = options.length;
      if (n) setActive((current + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (e.key === "Enter") {
      if (open && options.length && !loading) {
        e.preventDefault();
        e.stopPropagation();
        pick(current);
      } else if (open && loading) {
        // Typed (or prefilled) and Enter before the list has come: take its first option once it does.
        e.preventDefault();
        e.stopPropagation();
        enterPending.current = true;
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else onEscape?.();
    }
  }

  return (
    <div className="combobox">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={input}
        id={inputId}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && options[current] ? `${listId}-${current}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        autoFocus={autoFocus}
        dir="auto"
        placeholder={placeholder}
        value={value}
        data-testid={testId}
        onChange={(e) => {
          enterPending.current = false;
          onInput(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!shown}>
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? "active" : undefined}
            // Keep focus in the input: a pick by mouse must not blur it first (the list would close).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(i)}
            onMouseMove={() => setActive(i)}
          >
            {o.content ?? o.text}
          </li>
        ))}
        {!options.length && (loading || emptyText) ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="combobox-empty">
            {loading ? "…" : emptyText}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
