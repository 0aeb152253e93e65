"use client";

import { useEffect } from "react";

/**
 * Makes the source view answer "what does this passage support?": focusing or hovering a cited piece
 * lights up every citation over it in the list (and copies them into the live panel); a #cite-<id>
 * or #at-<start>-<end> link highlights its exact range with the CSS Custom Highlight API. Without
 * JavaScript the text, the marks and the full list are all still there.
 */
export function SpanInspector({ rootId, panelId }: { rootId: string; panelId: string }) {
  useEffect(() => {
    const root = document.getElementById(rootId);
    const panel = document.getElementById(panelId);
    if (!root || !panel) return;
    const entries = (ids: string[]) => ids.map((id) => document.getElementById(`entry-${id}`)).filter((x): x is HTMLElement => x !== null);

    const show = (mark: Element | null) => {
      for (const el of document.querySelectorAll(".is-active")) el.classList.remove("is-active");
      const ids = mark?.getAttribute("data-cites")?.split(" ") ?? [];
      for (const id of ids) for (const m of root.querySelectorAll(`mark[data-cites~="${id}"]`)) m.classList.add("is-active");
      const found = entries(ids);
      for (const e of found) e.classList.add("is-active");
      if (found.length) panel.replaceChildren(...found.map((e) => e.cloneNode(true)).map((n) => ((n as HTMLElement).removeAttribute("id"), n)));
    };
    const onOver = (e: Event) => show((e.target as Element).closest?.("mark[data-cites]") ?? null);
    root.addEventListener("mouseover", onOver);
    root.addEventListener("focusin", onOver);

    const highlight = () => {
      const m = /^#(?:cite-([a-z0-9-]+)|at-(\d+)-(\d+))$/.exec(location.hash);
      if (!m) return;
      let range: [number, number] | undefined;
      if (m[1]) {
        const entry = document.getElementById(`entry-${m[1]}`);
        range = entry ? [Number(entry.dataset.start), Number(entry.dataset.end)] : undefined;
        show(root.querySelector(`mark[data-cites~="${m[1]}"]`));
      } else range = [Number(m[2]), Number(m[3])];
      if (!range) return;
      const r = domRange(root, range[0], range[1]);
      if (!r) return;
      if ("highlights" in CSS) CSS.highlights.set("waqai-target", new Highlight(r));
      r.startContainer.parentElement?.scrollIntoView({ block: "center" });
    };
    highlight();
    window.addEventListener("hashchange", highlight);
    return () => {
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("focusin", onOver);
      window.removeEventListener("hashchange", highlight);
    };
  }, [rootId, panelId]);
  return null;
}

/** A DOM Range over document offsets [start, end), using each piece's data-start. */
function domRange(root: HTMLElement, start: number, end: number): Range | null {
  const pieces = [...root.querySelectorAll<HTMLElement>("[data-start]")];
  const at = (offset: number): [Text, number] | null => {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const p = pieces[i]!;
      const s = Number(p.dataset.start);
      if (s <= offset) {
        const node = [...p.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE);
        return node ? [node, Math.min(offset - s, node.length)] : null;
      }
    }
    return null;
  };
  const a = at(start);
  const b = at(end);
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}
