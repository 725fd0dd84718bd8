/** Named days and the rule that dates them (see `TimexVocabulary.holidays`). */
export const holidays = {
  christmas: "12-25", "christmas day": "12-25", "christmas eve": "12-24", "new year's day": "01-01", "new year's eve": "12-31",
  "boxing day": "12-26", easter: "easter", "easter sunday": "easter", "good friday": "easter-2", "easter monday": "easter+1",
  "independence day": "07-04", thanksgiving: "4:4:11", "thanksgiving day": "4:4:11", "labor day": "1:1:09",
  "valentine's day": "02-14", halloween: "10-31", "eid al-fitr": "islamic:10-01",
};
