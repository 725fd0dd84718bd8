import type { LanguagePack } from "../pack.js";
import { monthTable } from "../month-table.js";
import { functionWords } from "./function-words.js";
import { abbreviations } from "./abbreviations.js";
import { boilerplate } from "./boilerplate.js";
import { claimCues } from "./claim-cues.js";
import { timex } from "./timex/index.js";

export const english: LanguagePack = {
  code: "en",
  francCode: "eng",
  functionWords,
  abbreviations,
  boilerplate,
  months: monthTable(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    { sept: 9 },
  ),
  claims: claimCues,
  dateKeys: ["date", "published", "posted", "updated"],
  timex,
};
