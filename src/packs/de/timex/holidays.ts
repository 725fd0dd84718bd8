/** Named days and the rule that dates them (see `TimexVocabulary.holidays`). */
export const holidays = {
  weihnachten: "12-25", heiligabend: "12-24", "erster weihnachtstag": "12-25", "zweiter weihnachtstag": "12-26", silvester: "12-31",
  neujahr: "01-01", neujahrstag: "01-01", "tag der deutschen einheit": "10-03", ostern: "easter", ostersonntag: "easter",
  ostermontag: "easter+1", karfreitag: "easter-2", "christi himmelfahrt": "easter+39", pfingsten: "easter+49", pfingstmontag: "easter+50",
  "tag der arbeit": "05-01", nikolaus: "12-06", zuckerfest: "islamic:10-01",
};
