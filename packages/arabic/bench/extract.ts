// pnpm --filter @waqai/arabic bench:extract [-- --runs N --threshold T --verbose --final]
// Scores extractEvents against the seed annotation, the own gold articles and the real news reports
// of bench/real/manifest.json (those whose text is present: bench:fill), and times it. The real
// set's final part is scored only with --final (it is never looked at while tuning).
import { cpus, loadavg } from "node:os";
import { extractEvents, type CandidateEvent } from "../src/index";
import { loadOwnGold, loadRealGold, loadSeed, type GoldArticle } from "./gold";
import { f1, precision, recall, scoreArticle, sumScores, type Score } from "./score";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg("runs", 50);
const threshold = arg("threshold", 0.5);
const verbose = process.argv.includes("--verbose");
const showFinal = process.argv.includes("--final");

const real = loadRealGold();
const hidden = showFinal ? [] : real.articles.filter((a) => a.split === "real-final");
const articles: GoldArticle[] = [loadSeed(), ...loadOwnGold(), ...real.articles.filter((a) => !hidden.includes(a))];
const predict = (a: GoldArticle): CandidateEvent[] => extractEvents(a.text, { publication: a.publication }).filter((e) => e.confidence >= threshold);

const results = articles.map((a) => ({ article: a, score: scoreArticle(a, predict(a)) }));
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%`.padStart(5) : "    -");
const row = (label: string, s: Score) =>
  [
    label.padEnd(30),
    String(s.gold).padStart(4),
    String(s.predicted).padStart(5),
    String(s.matched).padStart(5),
    pct(precision(s) * 100, 100),
    pct(recall(s) * 100, 100),
    pct(f1(s) * 100, 100),
    pct(s.typeCorrect, s.matched),
    pct(s.placeCorrect, s.matched),
    pct(s.dateCorrect, s.matched),
    `${pct(s.figuresFound, s.figuresTotal)} (${s.figuresFound}/${s.figuresTotal})`,
  ].join(" ");

console.log(`extractEvents vs gold — candidates with confidence >= ${threshold}; accuracies are over matched events`);
console.log(["article".padEnd(30), "gold", " pred", "match", "    P", "    R", "   F1", " type", "place", " date", "figures"].join(" "));
const mark = { seed: " ", dev: " ", "held-out": "*", "held-out-late": "+", "real-tune": "r", "real-final": "F" } as const;
for (const { article, score } of results) console.log(row(`${mark[article.split]}${article.name}`.slice(0, 30), score));
const pick = (f: (a: GoldArticle) => boolean) => sumScores(results.filter((r) => f(r.article)).map((r) => r.score));
const count = (split: GoldArticle["split"]) => articles.filter((a) => a.split === split).length;
console.log("-".repeat(110));
console.log(
  row(
    "seed (curated annotation)",
    pick((a) => a.split === "seed"),
  ),
);
console.log(
  row(
    `own gold, dev (${count("dev")})`,
    pick((a) => a.split === "dev"),
  ),
);
console.log(
  row(
    `* held out, read (${count("held-out")})`,
    pick((a) => a.split === "held-out"),
  ),
);
console.log(
  row(
    `+ held out, unseen (${count("held-out-late")})`,
    pick((a) => a.split === "held-out-late"),
  ),
);
const realTune = articles.filter((a) => a.split === "real-tune");
const realFinal = articles.filter((a) => a.split === "real-final");
console.log(
  row(
    `r real news, tuning (${realTune.length})`,
    pick((a) => a.split === "real-tune"),
  ),
);
if (showFinal)
  console.log(
    row(
      `F real news, final (${realFinal.length})`,
      pick((a) => a.split === "real-final"),
    ),
  );
else console.log(`F real news, final: ${hidden.length} articles present, not scored (run with --final once, at the end)`);
if (real.missing.length) console.log(`real news missing here (${real.missing.length}; fill them with bench:fill): ${real.missing.join(", ")}`);

if (verbose)
  for (const { article, score } of results) {
    for (const g of score.missed)
      console.log(`  missed  ${article.name}: ${g.type} @${g.spans[0]?.start} «${article.text.slice(g.spans[0]!.start, g.spans[0]!.end)}»`);
    for (const p of score.spurious) console.log(`  extra   ${article.name}: ${p.type} ${p.confidence} «${p.trigger.words}» ${p.place?.id ?? ""}`);
  }

// Speed: wall clock and this process's CPU time (the machine may be shared; CPU time is steadier).
const started = performance.now();
const cpu = process.cpuUsage();
let chars = 0;
for (let r = 0; r < runs; r++)
  for (const a of articles) {
    extractEvents(a.text, { publication: a.publication });
    chars += a.text.length;
  }
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const n = articles.length * runs;
console.log(
  `speed: ${articles.length} articles x ${runs} runs: ${(n / seconds).toFixed(0)} articles/s wall (${seconds.toFixed(2)} s), ${(n / cpuSeconds).toFixed(0)} articles/s per CPU second; ${(chars / n).toFixed(0)} chars/article; node ${process.version}, load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
);
