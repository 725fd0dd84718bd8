/** Named days and the rule that dates them (see `TimexVocabulary.holidays`). */
export const holidays = {
  kerstmis: "12-25", kerst: "12-25", "eerste kerstdag": "12-25", "tweede kerstdag": "12-26", kerstavond: "12-24", oudejaarsdag: "12-31",
  oudejaarsavond: "12-31", nieuwjaarsdag: "01-01", koningsdag: "04-27", bevrijdingsdag: "05-05", prinsjesdag: "3:2:09",
  pasen: "easter", "eerste paasdag": "easter", "tweede paasdag": "easter+1", "goede vrijdag": "easter-2", hemelvaartsdag: "easter+39",
  pinksteren: "easter+49", "tweede pinksterdag": "easter+50", sinterklaas: "12-05", "suikerfeest": "islamic:10-01",
};
