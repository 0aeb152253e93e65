"use client";

import { useEffect, useRef } from "react";

/**
 * Brushing on the chart: press on one bar and release on another to filter the timeline to the range they
 * span. An enhancement only: every bar is also a link to its own bucket, by keyboard too.
 */
export function HistogramBrush({ ranges, rtl, width, base }: { ranges: { from: string; to: string }[]; rtl: boolean; width: number; base: string }) {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const svg = anchor.current?.parentElement?.querySelector("svg");
    if (!svg) return;
    let start: number | null = null;
    const indexAt = (e: PointerEvent) => {
      const box = svg.getBoundingClientRect();
      const x = ((e.clientX - box.left) / box.width) * width;
      const i = Math.floor(((rtl ? width - x : x) / width) * ranges.length);
      return Math.max(0, Math.min(ranges.length - 1, i));
    };
    const down = (e: PointerEvent) => {
      start = indexAt(e);
    };
    const up = (e: PointerEvent) => {
      if (start === null) return;
      const end = indexAt(e);
      const [a, b] = start <= end ? [start, end] : [end, start];
      start = null;
      if (a === b) return; // a click: the bar's own link does it
      e.preventDefault();
      window.location.assign(base.replace("__FROM__", ranges[a]!.from).replace("__TO__", ranges[b]!.to));
    };
    svg.addEventListener("pointerdown", down);
    svg.addEventListener("pointerup", up);
    return () => {
      svg.removeEventListener("pointerdown", down);
      svg.removeEventListener("pointerup", up);
    };
  }, [ranges, rtl, width, base]);
  return <span ref={anchor} hidden />;
}
