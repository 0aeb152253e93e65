import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesize } from "../src/synth/write";
import { citationsJsonLd, datasetJsonl, eventsCsv, eventsJsonl, importDataset } from "../src/export";
import { openTestDb, type TestDb } from "./test-db";

// A few thousand synthetic events: enough pages that a load-everything exporter would show.
const EVENTS = 2000;
const PAGE = 100;
let source: TestDb;

beforeAll(async () => {
  source = await openTestDb();
  await synthesize(source.db, { events: EVENTS, seed: 11, batchSize: 1000 });
}, 180_000);
afterAll(async () => source?.dispose());

/** The lines of a text, pulled one at a time through an async iterator, as importDataset reads a file. */
function linesOf(text: string): AsyncIterable<string> {
  const lines = text.split("\n").values();
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve(lines.next()) }) };
}

describe("the exporters stream", () => {
  it("events.jsonl yields its first page after one query page, reads a bounded few pages ahead, and nothing more unless asked", async () => {
    const pages: number[] = [];
    const gen = eventsJsonl(source.db, {}, { pageSize: PAGE, onPage: (_k, n) => pages.push(n) });
    const firstChunk = await gen.next();
    expect(firstChunk.done).toBe(false);
    const first = firstChunk.done ? undefined : firstChunk.value;
    expect(first!.trim().split("\n")).toHaveLength(PAGE);
    // The page written, the one hydrated ahead while it is written, and the one read ahead of that: not the table.
    expect(pages.length).toBeLessThanOrEqual(3);
    await gen.return(undefined); // the client went away
    await new Promise((r) => setTimeout(r, 200));
    expect(pages.length).toBeLessThanOrEqual(3);
  });

  it("reads the whole export page by page, never more than a page at a time", async () => {
    const pages: number[] = [];
    let chunks = 0;
    let lines = 0;
    for await (const chunk of eventsCsv(source.db, {}, { pageSize: PAGE, onPage: (_k, n) => pages.push(n) })) {
      chunks++;
      lines += chunk.split("\r\n").length - 1;
    }
    expect(lines).toBe(EVENTS + 1); // the header
    expect(chunks).toBe(EVENTS / PAGE + 1);
    expect(pages.length).toBeGreaterThanOrEqual(EVENTS / PAGE);
    expect(Math.max(...pages)).toBeLessThanOrEqual(PAGE);
  });

  it("the dataset sends events before it has read a single citation", async () => {
    const read: string[] = [];
    let sawEventsAt = -1;
    for await (const chunk of datasetJsonl(source.db, { pageSize: PAGE, onPage: (kind) => read.push(kind) })) {
      if (chunk.startsWith('{"kind":"event"')) {
        sawEventsAt = read.length;
        expect(read).not.toContain("citation");
        break;
      }
    }
    expect(sawEventsAt).toBeGreaterThan(0);
  });

  it("a multi-page dataset round-trips byte for byte", async () => {
    const target = await openTestDb();
    try {
      let dataset = "";
      for await (const c of datasetJsonl(source.db, { pageSize: 333 })) dataset += c;
      const result = await importDataset(target.db, { lines: linesOf(dataset), batchSize: 250, reindex: false });
      expect(result.counts.event).toBe(EVENTS);
      let again = "";
      for await (const c of datasetJsonl(target.db, { pageSize: 100 })) again += c;
      expect(again === dataset, "dataset is byte-identical").toBe(true);
      const ld = async (db: TestDb["db"]) => {
        let s = "";
        for await (const c of citationsJsonLd(db, {}, { baseUrl: "http://x/api/v1", pageSize: 500 })) s += c;
        return s;
      };
      expect((await ld(target.db)) === (await ld(source.db))).toBe(true);
    } finally {
      await target.dispose();
    }
  }, 180_000);
});
