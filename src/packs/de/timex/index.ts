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
  rangeJoiners: ["bis", "und", "bis zum"],
  periodEnds: [],
  comparisons: [],
  articles: ["der", "die", "das", "dem", "den", "des"],
  of: ["des", "im", "von"],
  yearWords: ["jahr", "im jahr", "geschäftsjahr"],
  pastEndings: [],
  pastCues: ["war", "waren", "wurde", "wurden", "hatte", "hatten", "kam", "sagte", "begann", "schloss", "stieg", "sank", "fiel", "erschien"],
  islamicMonths: {},
  monthFirst: false,
  ambiguousWords: [],
};
