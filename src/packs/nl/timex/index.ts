import type { TimexVocabulary } from "../../pack.js";
import { periodParts, seasons, weekdays } from "./calendar.js";
import { every, numbers, ordinals, quantifiers, sets, units, vagueCounts } from "./counting.js";
import { agoAfter, agoBefore, days, futureCues, laterAfter, laterBefore, references, shiftsBefore } from "./relative.js";
import { holidays } from "./holidays.js";
import { clockAfter, clockBefore, partsOfDay } from "./clock.js";

export const timex: TimexVocabulary = {
  weekdays, holidays, seasons, periodParts, units, quarterAnaphors: {}, singleUnits: {}, numbers, ordinals, vagueCounts, quantifiers, every, sets,
  shiftsBefore, shiftsAfter: {}, agoAfter, agoBefore, laterAfter, laterBefore, days, references, futureCues,
  clockAfter, clockBefore, partsOfDay,
  rangeJoiners: ["tot", "t/m", "tot en met", "en"],
  periodEnds: [],
  comparisons: [],
  articles: ["de", "het"],
  of: ["van"],
  yearWords: ["het jaar", "boekjaar"],
  pastEndings: [],
  pastCues: ["was", "waren", "werd", "werden", "had", "hadden", "kwam", "zei", "begon", "sloot", "opende", "daalde", "steeg", "verscheen"],
  islamicMonths: {},
  monthFirst: false,
  ambiguousWords: ["mrt"],
};
