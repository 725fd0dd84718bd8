/** Dutch names in the calendar: weekdays, seasons, parts of a period. */
export const weekdays = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  maandagavond: 1, dinsdagavond: 2, woensdagavond: 3, donderdagavond: 4, vrijdagavond: 5, zaterdagavond: 6, zondagavond: 7,
  maandagochtend: 1, dinsdagochtend: 2, woensdagochtend: 3, donderdagochtend: 4, vrijdagochtend: 5, zaterdagochtend: 6, zondagochtend: 7,
};
export const seasons = { lente: "SP", voorjaar: "SP", zomer: "SU", herfst: "FA", najaar: "FA", winter: "WI" } as const;
export const periodParts = {
  begin: "START", "het begin": "START", eind: "END", einde: "END", "het einde": "END", medio: "MID", halverwege: "MID",
  "midden": "MID", "eind van": "END", "begin van": "START", vroeg: "START", laat: "END",
} as const;
