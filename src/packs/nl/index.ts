import type { LanguagePack } from "../pack.js";
import { monthTable } from "../month-table.js";
import { functionWords } from "./function-words.js";
import { abbreviations } from "./abbreviations.js";
import { boilerplate } from "./boilerplate.js";
import { claimCues } from "./claim-cues.js";
import { timex } from "./timex/index.js";

export const dutch: LanguagePack = {
  code: "nl",
  francCode: "nld",
  functionWords,
  abbreviations,
  boilerplate,
  months: monthTable(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    { mrt: 3, sept: 9 },
  ),
  claims: claimCues,
  dateKeys: ["datum", "gepubliceerd", "geplaatst", "date"],
  timex,
};
