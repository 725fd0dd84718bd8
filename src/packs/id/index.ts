import type { LanguagePack } from "../pack.js";
import { monthTable } from "../month-table.js";
import { functionWords } from "./function-words.js";
import { abbreviations } from "./abbreviations.js";
import { boilerplate } from "./boilerplate.js";
import { claimCues } from "./claim-cues.js";
import { timex } from "./timex/index.js";

export const indonesian: LanguagePack = {
  code: "id",
  francCode: "ind",
  functionWords,
  abbreviations,
  boilerplate,
  months: monthTable(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
    { agu: 8, agt: 8, okt: 10, nop: 11, nopember: 11, des: 12, pebruari: 2 },
  ),
  claims: claimCues,
  dateKeys: ["tanggal", "diterbitkan", "dipublikasikan", "date"],
  timex,
};
