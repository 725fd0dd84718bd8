/**
 * Speed of timex extraction beside chrono-node, per language, on the same texts in the same
 * run: claimx's `findTimexes` stage alone (on documents whose reference date, language and
 * sentences were prepared beforehand), claimx's whole `extract`, and chrono's `parse` with the
 * casual parser of the language. The ratio is claimx ÷ chrono throughput: above 1, claimx is faster.
 *
 * The engines take turns, one pass each per round, and each pass is timed in CPU time of the
 * process: a busy machine then slows every engine alike instead of whichever ran during a load
 * spike, and waiting for a core is not counted. Each engine first runs a few passes untimed, so
 * the figures are of compiled code (a run over a folder of articles spends nearly all its time
 * there), not of the JIT compiler catching up.
 */
import { findReferenceDate } from "../document/reference-date.js";
import { identifyLanguage } from "../language/identify.js";
import type { Analysis } from "../pipeline/analysis.js";
import { extract } from "../pipeline/extract.js";
import type { LanguageCode } from "../schema/record.js";
import { splitSentences } from "../sentences/split.js";
import { findTimexes } from "../timexes/find.js";
import { formatTable, type Row } from "../eval/text-table.js";
import type { Benchmark } from "./benchmark.js";
import { chronoParse, referenceInstant } from "./chrono-timexes.js";
import type { BenchDocument } from "./corpus.js";
import { median, throughput, type Throughput } from "./timing.js";

export const timexSpeedBenchmark: Benchmark = {
  name: "timex-speed",
  description: "timex extraction throughput: claimx findTimexes and extract beside chrono-node",
  run(context) {
    const { documents, sources } = context.corpus();
    const rows: Row[] = [["lang", "engine", "docs", "MB", "timexes", "median CPU ms", "MB/s", "docs/s", "× chrono"]];
    const perLanguage = ORDER.map((lang) => documents.filter((d) => d.lang === lang))
      .filter((texts) => texts.length > 0)
      .map(measureLanguage);
    for (const measured of perLanguage) rows.push(...engineRows(measured));
    if (perLanguage.length > 1) rows.push(...engineRows(allLanguages(perLanguage)));
    return [`corpus: ${documents.length} documents from ${sources.join(", ")}`, formatTable(rows, 2)].join("\n");
  },
};

/** English first: it is the corpus with running text and the one chrono was built for. */
const ORDER: readonly LanguageCode[] = ["en", "de", "nl", "id"];

interface Measured {
  lang: string;
  documents: number;
  bytes: number;
  /** The last engine is chrono, the baseline of the ratios. */
  engines: { name: string; found: number; milliseconds: number }[];
}

function measureLanguage(documents: readonly BenchDocument[]): Measured {
  const lang = documents[0]!.lang;
  const analyses = documents.map(prepareAnalysis);
  const references = documents.map((d) => referenceInstant({ referenceDate: d.referenceDate }));
  const engines: { name: string; pass: () => number }[] = [
    { name: "claimx findTimexes", pass: () => analyses.reduce((n, a) => n + findTimexes(a).length, 0) },
    {
      name: "claimx extract",
      pass: () => documents.reduce((n, d) => n + extract(d.text, { referenceDate: d.referenceDate }).timexes.length, 0),
    },
    { name: `chrono.${lang}`, pass: () => documents.reduce((n, d, i) => n + chronoParse(d.text, lang, references[i]).length, 0) },
  ];
  const found = engines.map((engine) => engine.pass());
  for (let i = 0; i < WARMUP; i++) for (const engine of engines) engine.pass();
  const times = engines.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) engines.forEach((engine, i) => times[i]!.push(cpuMilliseconds(engine.pass)));
  return {
    lang,
    documents: documents.length,
    bytes: documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0),
    engines: engines.map((engine, i) => ({ name: engine.name, found: found[i]!, milliseconds: median(times[i]!) })),
  };
}

/** Untimed passes per engine before timing, and timed rounds (one pass of each engine per round). */
const WARMUP = 4;
const ROUNDS = 9;

/** CPU time of one pass, user and system, in milliseconds. */
function cpuMilliseconds(pass: () => void): number {
  const before = process.cpuUsage();
  pass();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The languages together: the time of one pass over every language, chrono with each language's parser. */
function allLanguages(languages: readonly Measured[]): Measured {
  const sum = (f: (m: Measured) => number) => languages.reduce((n, m) => n + f(m), 0);
  return {
    lang: "all",
    documents: sum((m) => m.documents),
    bytes: sum((m) => m.bytes),
    engines: languages[0]!.engines.map((engine, i) => ({
      name: i === languages[0]!.engines.length - 1 ? "chrono (per language)" : engine.name,
      found: sum((m) => m.engines[i]!.found),
      milliseconds: sum((m) => m.engines[i]!.milliseconds),
    })),
  };
}

function engineRows(measured: Measured): Row[] {
  const speeds = measured.engines.map((e) => throughput(e.milliseconds, measured.bytes, measured.documents));
  const chrono = speeds[speeds.length - 1]!;
  return measured.engines.map((engine, i) => [
    i === 0 ? measured.lang : "",
    engine.name,
    String(measured.documents),
    (measured.bytes / 1e6).toFixed(3),
    String(engine.found),
    engine.milliseconds.toFixed(engine.milliseconds < 10 ? 3 : 1),
    speeds[i]!.megabytesPerSecond.toFixed(2),
    speeds[i]!.documentsPerSecond.toFixed(0),
    i === speeds.length - 1 ? "" : ratio(speeds[i]!, chrono),
  ]);
}

/** The stages `extract` runs before `findTimexes`, done outside the timed passes. */
function prepareAnalysis(document: BenchDocument): Analysis {
  const referenceDate = findReferenceDate(document.text, document.referenceDate);
  const language = identifyLanguage(document.text, "auto");
  const sentences = splitSentences(document.text, language);
  return { text: document.text, referenceDate, language, sentences, timexes: [], entities: [] };
}

function ratio(claimx: Throughput, chrono: Throughput): string {
  return (claimx.megabytesPerSecond / chrono.megabytesPerSecond).toFixed(2);
}
