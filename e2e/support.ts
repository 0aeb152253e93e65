import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";

export const API_URL = `http://127.0.0.1:${4100 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;
/** e2e/ sits at the repository root. */
const repoRoot = () => path.resolve(test.info().project.testDir, "..");

/** Saves a full-page screenshot to e2e/artifacts/<name>.png (gitignored) and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join(repoRoot(), "e2e", "artifacts");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** The source articles as stored (NFC, as the loader canonicalises them): quotes must be found in them verbatim. */
export function seedTexts(): string[] {
  const dir = path.join(repoRoot(), "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(dir, f), "utf8").normalize("NFC"));
}

/** A tRPC query straight against the API, to compare what a page shows with what the API serves. */
export async function apiQuery<T>(procedure: string, input: unknown): Promise<T> {
  const res = await fetch(`${API_URL}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok, `${procedure} answered ${res.status}`).toBe(true);
  const body = (await res.json()) as { result: { data: T } };
  return body.result.data;
}

export interface ListedEvent {
  id: string;
  title: { ar: string };
  time: { start?: string; precision: string };
  place: { name: { ar: string } } | null;
}

export async function allPublishedEvents(): Promise<ListedEvent[]> {
  const items: ListedEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiQuery<{ items: ListedEvent[]; nextCursor: string | null }>("events.list", { limit: 100, cursor, order: "asc" });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** WCAG 2 A/AA checks by axe-core on the page as rendered. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Partial dates ("2017", "2017-04", "2017-04-19") compared on what both state: never decreasing. */
export function expectNonDecreasing(dates: string[]): void {
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!;
    const b = dates[i]!;
    const n = Math.min(a.length, b.length);
    expect(a.slice(0, n) <= b.slice(0, n), `${a} should not come after ${b}`).toBe(true);
  }
}
