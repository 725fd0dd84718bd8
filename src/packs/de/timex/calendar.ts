/** German names in the calendar: weekdays, seasons, parts of a period. */
export const weekdays = {
  montag: 1, mo: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, fr: 5, samstag: 6, sa: 6, sonnabend: 6, sonntag: 7,
  montags: 1, dienstags: 2, mittwochs: 3, donnerstags: 4, freitags: 5, samstags: 6, sonntags: 7,
};
/** Weekdays with a part of the day written as one word: `Donnerstagabend`, `Montagmorgen`. */
for (const [day, n] of Object.entries({ montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonntag: 7 })) {
  for (const part of ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"]) (weekdays as Record<string, number>)[day + part] = n;
}
export const seasons = { frühling: "SP", frühjahr: "SP", sommer: "SU", herbst: "FA", winter: "WI" } as const;
export const periodParts = {
  anfang: "START", beginn: "START", "zu beginn": "START", "zu anfang": "START", ende: "END", "gegen ende": "END", mitte: "MID", "zur mitte": "MID", spätestens: "END", früh: "START",
} as const;
