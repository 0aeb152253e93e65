#!/usr/bin/env node
// Lighthouse (mobile defaults: Moto G power emulation, slow 4G, 4x CPU slowdown) on the home page, an
// event page and a source page, each LH_RUNS times (default 3); prints the median performance and
// accessibility scores, LCP, TBT, CLS, plus the load average (these machines are shared).
// Needs a running reader (WEB_URL, default http://127.0.0.1:3000, its API up) and Chromium
// (CHROME_PATH, default /usr/bin/chromium). Env: EVENT_ID, SOURCE_ID (default: the first event the
// home page links to, and the first source that event cites), LH_RUNS, LH_OUT (folder for the JSON
// reports, default a temporary one). Lighthouse itself comes through `npx -y lighthouse@13.5.0`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

const web = (process.env.WEB_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const runs = Number(process.env.LH_RUNS ?? 3);
const out = process.env.LH_OUT ?? mkdtempSync(path.join(tmpdir(), "waqai-lh-"));
mkdirSync(out, { recursive: true });
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const flags =
  "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

async function html(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.text();
}
const first = (text, re) => re.exec(text)?.[1];

const home = await html(`${web}/`);
const eventId = process.env.EVENT_ID ?? first(home, /href="\/events\/([^"/?#]+)"/);
if (!eventId) throw new Error("no event linked from the home page: set EVENT_ID");
const sourceId = process.env.SOURCE_ID ?? first(await html(`${web}/events/${eventId}`), /href="\/sources\/([^"/?#]+)/);
if (!sourceId) throw new Error(`no source cited by ${eventId}: set SOURCE_ID`);
const pages = { home: `${web}/`, event: `${web}/events/${eventId}`, source: `${web}/sources/${sourceId}` };
// Render each page once so the runs measure the cached page, not its first render.
for (const url of Object.values(pages)) await html(url);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

console.log(`lighthouse 13.5.0, mobile defaults, ${runs} run(s) per page, reports in ${out}`);
console.log(`load average before: ${load()}`);
const rows = [];
for (const [name, url] of Object.entries(pages)) {
  const results = [];
  for (let i = 1; i <= runs; i++) {
    const file = path.join(out, `${name}-${i}.json`);
    const r = spawnSync(
      "npx",
      [
        "-y",
        "lighthouse@13.5.0",
        url,
        "--only-categories=performance,accessibility",
        "--output=json",
        `--output-path=${file}`,
        "--quiet",
        `--chrome-flags=${flags}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome, npm_config_loglevel: "error" }, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (r.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${r.status})`);
    const lhr = JSON.parse(readFileSync(file, "utf8"));
    const a = lhr.audits;
    results.push({
      perf: lhr.categories.performance.score,
      a11y: lhr.categories.accessibility.score,
      fcp: a["first-contentful-paint"].numericValue,
      lcp: a["largest-contentful-paint"].numericValue,
      tbt: a["total-blocking-time"].numericValue,
      cls: a["cumulative-layout-shift"].numericValue,
      si: a["speed-index"].numericValue,
      bytes: a["total-byte-weight"].numericValue,
    });
  }
  const m = (k) => median(results.map((r) => r[k]));
  rows.push({
    page: name,
    perf: m("perf").toFixed(2),
    a11y: m("a11y").toFixed(2),
    "FCP s": (m("fcp") / 1000).toFixed(2),
    "LCP s": (m("lcp") / 1000).toFixed(2),
    "TBT ms": Math.round(m("tbt")),
    CLS: m("cls").toFixed(3),
    "SI s": (m("si") / 1000).toFixed(2),
    "weight KB": Math.round(m("bytes") / 1024),
    "perf runs": results.map((r) => r.perf.toFixed(2)).join(" "),
  });
}
console.table(rows);
console.log(`pages: ${Object.values(pages).join(" ")}`);
console.log(`load average after: ${load()}`);
