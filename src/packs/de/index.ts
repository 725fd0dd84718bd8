import type { LanguagePack } from "../pack.js";
import { monthTable } from "../month-table.js";
import { functionWords } from "./function-words.js";
import { abbreviations } from "./abbreviations.js";
import { boilerplate } from "./boilerplate.js";
import { claimCues } from "./claim-cues.js";
import { timex } from "./timex/index.js";

export const german: LanguagePack = {
  code: "de",
  francCode: "deu",
  functionWords,
  abbreviations,
  boilerplate,
  months: monthTable(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    { jänner: 1, maerz: 3, mrz: 3, sept: 9 },
  ),
  claims: claimCues,
  dateKeys: ["datum", "veröffentlicht", "veröffentlicht am", "stand", "date"],
  timex,
};
