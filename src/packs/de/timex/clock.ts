/** German clock words and parts of the day. */
export const clockAfter = ["uhr", "h", "mez", "mesz", "ortszeit"];
export const clockBefore = ["um", "gegen", "ab"];
export const partsOfDay = { morgen: "MO", morgens: "MO", früh: "MO", vormittag: "MO", vormittags: "MO", mittag: "MI", mittags: "MI", nachmittag: "AF", nachmittags: "AF", abend: "EV", abends: "EV", nacht: "NI", nachts: "NI" } as const;
