/**
 * The one number per task that comparisons quote: TempEval-3 value F1 for timexes, accuracy of
 * DATE and TIME values for isolated expressions, CoNLL exact F1 for entities, code accuracy for
 * language and dated F1 for claims.
 */
import type { Section } from "./evaluate.js";

export interface Headline {
  measure: string;
  value: number;
}

export function headline(section: Section): Headline {
  switch (section.task) {
    case "timex":
      return { measure: "value F1", value: section.report.overall.value.f1 };
    case "expressions":
      return { measure: "DATE+TIME value accuracy", value: section.report.overall.headline.accuracy };
    case "ner":
      return { measure: "exact F1", value: section.report.overall.exact.f1 };
    case "lang":
      return { measure: "code accuracy", value: section.report.overall.code.accuracy };
    case "claims":
      return { measure: "dated F1", value: section.report.overall.dated.f1 };
  }
}
