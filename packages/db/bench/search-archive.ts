// Search latency on an archive that already exists (e.g. bench:scale's waqai_scale_1000000), warm:
//   pnpm --filter @waqai/db bench:search-archive postgres://postgres@127.0.0.1:5432/waqai_scale_1000000
// Common words, rare ones and phrases whose words always come together (the planner's worst case), one
// warm-up round, then p50/p95 over the next rounds. Read-only.
import { createDb } from "../src/index";
import { searchRecords } from "../src/search";

const url = process.argv[2] ?? process.env.DATABASE_URL;
if (!url) throw new Error("usage: bench:search-archive <postgres url> (or DATABASE_URL)");
const QUERIES = [
  "فتح تحقيق",
  "حافلات الخارجين",
  "إجلاء المدنيين",
  "اتفاق لوقف إطلاق النار",
  "عشرات القتلى",
  "اشتباكات عنيفة",
  "سد الفرات",
  "غارات",
  "حلب",
  "قصف",
  "قوات",
  "غارات جوية",
];
const ROUNDS = 3;

async function main() {
  const d = await createDb(url);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      const { items } = await searchRecords(d.db, { q, limit: 20 });
      const ms = performance.now() - started;
      if (round > 0) times.push(ms);
      if (round === ROUNDS - 1) console.log(`${q}\t${ms.toFixed(1)} ms\t${items.length} hits`);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(1);
  console.log(`searchRecords over ${QUERIES.length} queries × ${ROUNDS - 1} warm rounds: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  await d.close();
}
void main();
