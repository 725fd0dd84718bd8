import type { TimexVocabulary } from "../../pack.js";
import { periodParts, seasons, weekdays } from "./calendar.js";
import { every, numbers, ordinals, quantifiers, sets, units, vagueCounts } from "./counting.js";
import { agoAfter, agoBefore, days, futureCues, laterAfter, laterBefore, references, shiftsBefore } from "./relative.js";
import { quarterAnaphors } from "./reports.js";
import { holidays } from "./holidays.js";
import { clockAfter, clockBefore, partsOfDay } from "./clock.js";

export const timex: TimexVocabulary = {
  weekdays, holidays, seasons, periodParts, units, singleUnits: {}, quarterAnaphors, numbers, ordinals, vagueCounts, quantifiers, every, sets,
  shiftsBefore, shiftsAfter: {}, agoAfter, agoBefore, laterAfter, laterBefore, days, references, futureCues,
  clockAfter, clockBefore, partsOfDay,
  rangeJoiners: ["to", "through", "until", "and"],
  periodEnds: ["ended", "ending"],
  comparisons: ["than"],
  articles: ["the"],
  of: ["of"],
  yearWords: ["fiscal", "the year"],
  pastEndings: ["ed"],
  pastCues: ["was", "were", "had", "did", "said", "reported", "announced", "ended", "rose", "fell", "posted", "earned", "lost", "won", "came", "took", "began", "left", "made", "sold", "bought", "closed", "opened", "agreed", "signed", "released", "launched",
    // Irregular past forms, which the `-ed` ending misses; participles (`paid`, `held`) also follow `will be`.
    "told", "wrote", "brought", "got", "gave", "went", "saw", "knew", "became", "met", "ran", "fought", "grew", "drew", "threw", "flew", "fled", "spoke", "broke", "chose", "stole", "shook", "sought", "caught", "sank", "withdrew", "arose"],
  islamicMonths: {},
  monthFirst: true,
  ambiguousWords: ["may", "march", "fall", "spring"],
};
