/** German units and counts. */
export const units = {
  jahr: "Y", jahre: "Y", jahren: "Y", jahres: "Y", jahrs: "Y", vorjahr: "Y", quartal: "Q", quartale: "Q", quartalen: "Q", quartals: "Q", halbjahr: "HALF", jahreshälfte: "HALF", hälfte: "HALF",
  monat: "M", monate: "M", monaten: "M", monats: "M", woche: "W", wochen: "W", wochenende: "WE", tag: "D", tage: "D", tagen: "D", tages: "D",
  stunde: "H", stunden: "H", minute: "MIN", minuten: "MIN", jahrzehnt: "DECADE", jahrzehnte: "DECADE", jahrzehnten: "DECADE",
  jahrhundert: "CENTURY", jahrhunderte: "CENTURY", jahrhunderten: "CENTURY", jahrhunderts: "CENTURY",
} as const;
export const numbers = {
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, anderthalb: 1.5, eineinhalb: 1.5,
};
export const ordinals = {
  erste: 1, ersten: 1, erstes: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, vierte: 4, vierten: 4, fünfte: 5, fünften: 5,
  zwanzigste: 20, zwanzigsten: 20,
};
export const vagueCounts = ["einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "ein paar", "viele", "vielen"];
export const quantifiers = ["über", "mehr als", "knapp", "fast", "etwa", "rund", "circa", "ca.", "gut", "fast", "beinahe", "mindestens", "weniger als", "bis zu"];
export const every = ["jedes", "jeden", "jede", "jeder", "alle", "pro"];
export const sets = { täglich: "P1D", wöchentlich: "P1W", monatlich: "P1M", jährlich: "P1Y", alljährlich: "P1Y" };
