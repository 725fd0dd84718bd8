/** Dutch units and counts. */
export const units = {
  jaar: "Y", jaren: "Y", kwartaal: "Q", kwartalen: "Q", helft: "HALF", jaarhelft: "HALF", halfjaar: "HALF", maand: "M", maanden: "M",
  week: "W", weken: "W", weekend: "WE", dag: "D", dagen: "D", uur: "H", uren: "H", minuut: "MIN", minuten: "MIN",
  decennium: "DECADE", decennia: "DECADE", eeuw: "CENTURY", eeuwen: "CENTURY",
} as const;
export const numbers = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, "een half": 0.5, anderhalf: 1.5,
};
export const ordinals = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, twintigste: 20, "eenentwintigste": 21,
};
export const vagueCounts = ["enkele", "een paar", "meerdere", "vele", "verscheidene", "enige"];
export const quantifiers = ["meer dan", "ruim", "bijna", "ongeveer", "zo'n", "circa", "ca.", "minstens", "minder dan", "tenminste", "zeker"];
export const every = ["elke", "elk", "iedere", "ieder", "per"];
export const sets = { dagelijks: "P1D", wekelijks: "P1W", maandelijks: "P1M", jaarlijks: "P1Y", "elk jaar": "P1Y" };
