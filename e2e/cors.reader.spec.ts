import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { READER_URL } from "./session";
import { API_URL } from "./support";

// An outsider's page on an origin of its own (a Node server on another port, started here) reads the API's
// events list, the reader's Atom feed and a bulk export with `fetch` in Chromium, so the browser's CORS checks
// are the real ones: an answer without the right Access-Control-* headers is a TypeError in the page, not a
// status we could read.
let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><html><head><title>outsider</title></head><body>An outsider's page</body></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

interface Read {
  url: string;
  ok: boolean;
  status?: number;
  type?: string | null;
  disposition?: string | null;
  body?: string;
  error?: string;
}

test("a page on another origin reads the API's events, the reader's Atom feed and an export (CORS), and not the reader's pages", async ({ page }) => {
  await page.goto(origin);
  expect(new URL(page.url()).origin).not.toBe(new URL(API_URL).origin);
  expect(new URL(page.url()).origin).not.toBe(new URL(READER_URL).origin);

  // The last is a control: the reader's HTML page sends no Access-Control-Allow-Origin, so the browser must refuse
  // it, which shows the three reads above it pass the browser's check rather than skip it.
  const urls = [`${API_URL}/api/v1/events?limit=3`, `${READER_URL}/feed.xml`, `${API_URL}/api/v1/export/events.csv`, `${READER_URL}/`];
  // Runs in the page: a plain cross-origin GET, as a script on someone else's site would send it.
  const reads = await page.evaluate(async (urls: string[]) => {
    const out: Read[] = [];
    for (const url of urls) {
      try {
        const res = await fetch(url);
        out.push({
          url,
          ok: res.ok,
          status: res.status,
          type: res.headers.get("content-type"),
          // Not a CORS-safelisted header: readable only because the API exposes it.
          disposition: res.headers.get("content-disposition"),
          body: (await res.text()).slice(0, 200),
        });
      } catch (e) {
        out.push({ url, ok: false, error: String(e) });
      }
    }
    return out;
  }, urls);

  const [events, feed, csv, control] = reads;
  expect(events, JSON.stringify(events)).toMatchObject({ ok: true, status: 200 });
  expect(events!.type).toContain("application/json");
  expect(events!.body).toMatch(/^\{"items":\[\{"id":"ev-/);

  expect(feed, JSON.stringify(feed)).toMatchObject({ ok: true, status: 200 });
  expect(feed!.type).toContain("application/atom+xml");
  expect(feed!.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');

  expect(csv, JSON.stringify(csv)).toMatchObject({ ok: true, status: 200 });
  expect(csv!.type).toContain("text/csv");
  expect(csv!.disposition).toBe('attachment; filename="waqai-events.csv"');
  expect(csv!.body).toMatch(/^event_id_cnty,event_date,/);

  expect(control, JSON.stringify(control)).toMatchObject({ ok: false, error: expect.stringMatching(/^TypeError: Failed to fetch/) });
});
