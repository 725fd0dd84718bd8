/** Dutch names in the calendar: weekdays, seasons, parts of a period. */
export const weekdays = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};
/** Weekdays with a part of the day written as one word: `vrijdagmiddag`, `maandagavond`. */
for (const [day, n] of Object.entries({ maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7 })) {
  for (const part of ["ochtend", "morgen", "middag", "avond", "nacht"]) (weekdays as Record<string, number>)[day + part] = n;
}
export const seasons = { lente: "SP", voorjaar: "SP", zomer: "SU", herfst: "FA", najaar: "FA", winter: "WI" } as const;
export const periodParts = {
  begin: "START", "het begin": "START", eind: "END", einde: "END", "het einde": "END", medio: "MID", halverwege: "MID",
  "midden": "MID", "eind van": "END", "begin van": "START", vroeg: "START", laat: "END",
} as const;
