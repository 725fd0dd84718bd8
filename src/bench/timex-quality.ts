/**
 * Quality beside speed: claimx and chrono-node scored on the same gold by the same code as
 * `claimx eval` (chrono through the TIMEX3 adapter in `chrono-timexes.ts`), so the gap between
 * them is visible in the same run as the timings.
 */
import { join } from "node:path";
import { clipToAnnotatedExtent } from "../eval/annotated-extent.js";
import { evaluate, predictAll, type Section } from "../eval/evaluate.js";
import { claimxPredictor, type Predictor } from "../eval/predict.js";
import { readGoldFile } from "../eval/read-gold.js";
import type { Scores } from "../eval/spans.js";
import type { Accuracy } from "../eval/accuracy.js";
import { formatTable, type Row } from "../eval/text-table.js";
import { summariesByLanguage, type TaskReport } from "../eval/task.js";
import type { Benchmark, BenchContext } from "./benchmark.js";
import { chronoPredictor } from "./chrono-timexes.js";
import type { LanguageCode } from "../schema/record.js";

/**
 * Gold files in the shared data folder, the licensed slices of them in `fixtures/eval/` (none
 * for IndoTimex, whose text may not be shipped), and the chrono parser for documents whose
 * language the gold does not fix.
 */
const GOLD: { data: string; fixture: string | null; chrono: LanguageCode; partial?: boolean }[] = [
  { data: "tempeval3-en/test.jsonl", fixture: "eval/tempeval3-platinum.jsonl", chrono: "en" },
  // MEANTIME annotates only the first sentences of each article (see annotated-extent.ts).
  { data: "meantime-en/test.jsonl", fixture: "eval/meantime-en.jsonl", chrono: "en", partial: true },
  { data: "indotimex-id/test.jsonl", fixture: null, chrono: "id" },
  { data: "ctparse-timeparse-de-en/test.jsonl", fixture: "eval/ctparse.jsonl", chrono: "en" },
];

export const timexQualityBenchmark: Benchmark = {
  name: "timex-quality",
  description: "timex quality on gold (TempEval-3 value F1; ctparse value accuracy): claimx beside chrono-node",
  run(context) {
    const rows: Row[] = [["gold", "lang", "measure", "claimx", "chrono"]];
    for (const gold of GOLD) {
      const file = goldPath(context, gold);
      if (file) rows.push(...comparisonRows(file, [claimxPredictor, chronoPredictor(gold.chrono)], gold.partial ?? false));
    }
    const note = context.dataDir ? [] : ["(fixture slices only: too small to compare engines)"];
    return [...note, formatTable(rows, 3)].join("\n");
  },
};

function goldPath(context: BenchContext, gold: (typeof GOLD)[number]): string | null {
  if (context.dataDir) return join(context.dataDir, gold.data);
  return gold.fixture && join(context.fixturesDir, gold.fixture);
}

function comparisonRows(file: string, predictors: readonly Predictor[], partial: boolean): Row[] {
  const gold = readGoldFile(file);
  const sections = predictors.map((predictor) => {
    const scored = predictAll(gold, predictor);
    return evaluate(gold, partial ? clipToAnnotatedExtent(scored) : scored, ["timex"]).sections[0]!;
  });
  const measures = sections.map(measuresOf);
  const name = file.split("/").slice(-2).join("/") + (partial ? " (annotated opening)" : "");
  return measures[0]!.map(([lang, measure], i) => [
    i === 0 ? name : "",
    i === 0 || measures[0]![i - 1]![0] !== lang ? lang : "",
    measure,
    ...measures.map((m) => m[i]![2]),
  ]);
}

/** [lang, measure, value] rows of one engine's timex section, in a fixed order. */
function measuresOf(section: Section): [string, string, string][] {
  const percent = (ratio: number) => (100 * ratio).toFixed(1);
  const prf = (s: Scores) => `${percent(s.precision)} / ${percent(s.recall)} / ${percent(s.f1)}`;
  const acc = (a: Accuracy) => `${percent(a.accuracy)} (${a.correct}/${a.items})`;
  switch (section.task) {
    case "timex":
      return perLanguage(section.report, (s) => [
        ["strict span P / R / F1", prf(s.strict)],
        ["relaxed span P / R / F1", prf(s.relaxed)],
        ["value P / R / F1", prf(s.value)],
        ["type accuracy", acc(s.type)],
      ]);
    case "expressions":
      return perLanguage(section.report, (s) => [
        ["DATE+TIME value accuracy", acc(s.headline)],
        ...Object.entries(s.byType).map(([type, a]): [string, string] => [`${type} value accuracy`, acc(a)]),
      ]);
    default:
      return [];
  }
}

function perLanguage<S>(report: TaskReport<S>, rows: (summary: S) => [string, string][]): [string, string, string][] {
  return summariesByLanguage(report).flatMap(([lang, summary]) => rows(summary).map(([measure, value]): [string, string, string] => [lang, measure, value]));
}
