import type { TimexVocabulary } from "../../pack.js";
import { islamicMonths, periodParts, seasons, weekdays } from "./calendar.js";
import { every, numbers, ordinals, quantifiers, sets, singleUnits, units, vagueCounts } from "./counting.js";
import { agoAfter, agoBefore, days, futureCues, laterAfter, laterBefore, references, shiftsAfter, shiftsBefore } from "./relative.js";
import { holidays } from "./holidays.js";
import { clockAfter, clockBefore, partsOfDay } from "./clock.js";

export const timex: TimexVocabulary = {
  weekdays, holidays, seasons, periodParts, units, singleUnits, quarterAnaphors: {}, numbers, ordinals, vagueCounts, quantifiers, every, sets,
  shiftsBefore, shiftsAfter, agoAfter, agoBefore, laterAfter, laterBefore, days, references, futureCues,
  clockAfter, clockBefore, partsOfDay, islamicMonths,
  pastEndings: [],
  pastCues: ["telah", "sudah", "pernah", "lalu", "silam", "sempat"],
  rangeJoiners: ["sampai", "hingga", "s/d", "dan"],
  periodEnds: [],
  comparisons: [],
  articles: [],
  of: [],
  yearWords: ["tahun"],
  monthFirst: false,
  ambiguousWords: [],
};
