/**
 * The evaluation report as text for people: one table per task, a block of rows per language
 * and one for all languages together. Counts are shown beside the ratios so every number can
 * be checked by hand.
 */
import type { Accuracy } from "./accuracy.js";
import type { EvalReport, Section } from "./evaluate.js";
import { SHAPE_NAMES } from "./gold.js";
import type { Scores } from "./spans.js";
import { summariesByLanguage, type TaskReport } from "./task.js";
import { formatTable, type Row } from "./text-table.js";

const HEADER = ["lang", "measure", "gold", "pred", "match", "P", "R", "F1", "acc"];

export function formatReport(report: EvalReport): string {
  const parts = [`${report.gold}: ${report.items} ${SHAPE_NAMES[report.shape].many}`];
  for (const section of report.sections) {
    parts.push("", TITLES[section.task], formatTable([HEADER, ...sectionRows(section)], 2));
  }
  if (report.sections.length === 0) parts.push("", "nothing to score");
  return parts.join("\n") + "\n";
}

const TITLES: Record<Section["task"], string> = {
  timex: "timex: temporal expressions (TempEval-3: value = overlapping span with equal value; acc = type on matched spans)",
  expressions: "timex: isolated expressions (value of the longest timex found; INTERVAL = both bounds found, not in the headline)",
  ner: "ner: named entities (exact = CoNLL span and type; overlap = same type, overlapping span)",
  lang: "lang: document language (acc; und is right for languages other than nl, de, en, id) and segment boundaries within one sentence (P/R/F1)",
  claims: "claims: dated claims (dated = overlapping span with equal date; span = overlap only)",
};

function sectionRows(section: Section): Row[] {
  switch (section.task) {
    case "timex":
      return languageBlocks(section.report, (s) => [
        scoreRow("strict span", s.strict),
        scoreRow("relaxed span", s.relaxed),
        scoreRow("value", s.value),
        ...Object.entries(s.valueByType).map(([type, scores]) => scoreRow(`  ${type} value`, scores)),
        accuracyRow("type", s.type),
      ]);
    case "expressions":
      return languageBlocks(section.report, (s) => [
        accuracyRow("DATE+TIME", s.headline),
        ...Object.entries(s.byType).map(([type, a]) => accuracyRow(type, a, a.found)),
      ]);
    case "ner":
      return languageBlocks(section.report, (s) => [
        scoreRow("exact", s.exact),
        scoreRow("overlap", s.overlap),
        ...Object.entries(s.byType).map(([type, scores]) => scoreRow(`  ${type} exact`, scores)),
      ]);
    case "lang":
      return languageBlocks(section.report, (s) => [
        accuracyRow("code", s.code),
        ...(s.segmentedDocuments ? [scoreRow(`boundaries (${s.segmentedDocuments} docs)`, s.boundaries)] : []),
      ]);
    case "claims":
      return languageBlocks(section.report, (s) => [scoreRow("dated", s.dated), scoreRow("span", s.span)]);
  }
}

/** A block of rows per language, then one for all of them when there is more than one. */
function languageBlocks<S>(report: TaskReport<S>, rowsFor: (summary: S) => Row[]): Row[] {
  return summariesByLanguage(report).flatMap(([lang, summary]) =>
    rowsFor(summary).map((row, i) => [i === 0 ? lang : "", ...row]),
  );
}

function scoreRow(measure: string, s: Scores): Row {
  return [measure, String(s.tp + s.fn), String(s.tp + s.fp), String(s.tp), percent(s.precision), percent(s.recall), percent(s.f1), ""];
}

/** `pred`, where given, counts the items for which anything was predicted at all. */
function accuracyRow(measure: string, a: Accuracy, predicted?: number): Row {
  return [measure, String(a.items), predicted === undefined ? "" : String(predicted), String(a.correct), "", "", "", percent(a.accuracy)];
}

function percent(ratio: number): string {
  return (100 * ratio).toFixed(1);
}
