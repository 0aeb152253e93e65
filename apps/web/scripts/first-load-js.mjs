#!/usr/bin/env node
// Prints the JavaScript a first visit to a page downloads (every <script src> in its HTML), raw and gzip.
// Usage: node scripts/first-load-js.mjs http://127.0.0.1:3000/events/<id>
import { gzipSync } from "node:zlib";

const url = process.argv[2];
if (!url) throw new Error("usage: first-load-js.mjs <page url>");
const html = await (await fetch(url)).text();
// nomodule scripts (polyfills) are skipped by every browser that runs modules, so they are not counted.
const srcs = [...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1])).flatMap((m) => /src="([^"]+)"/.exec(m[1])?.[1] ?? []))];
let raw = 0;
let gz = 0;
for (const src of srcs) {
  const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
  raw += body.length;
  gz += gzipSync(body, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${url}: ${srcs.length} scripts, ${kb(raw)} raw, ${kb(gz)} gzip`);
