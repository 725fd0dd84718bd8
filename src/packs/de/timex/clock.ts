/** German clock words and parts of the day. */
export const clockAfter = ["uhr", "h", "mez", "mesz", "ortszeit"];
export const clockBefore = ["um", "gegen", "ab"];
export const partsOfDay = {
  morgen: "MO", morgens: "MO", früh: "MO", vormittag: "MO", vormittags: "MO", mittag: "MI", mittags: "MI", nachmittag: "AF", nachmittags: "AF", abend: "EV", abends: "EV", nacht: "NI", nachts: "NI",
  "am morgen": "MO", "am vormittag": "MO", "am mittag": "MI", "am nachmittag": "AF", "am abend": "EV", "in der nacht": "NI", "in der früh": "MO", "in der frühe": "MO", mittagszeit: "MI",
} as const;
